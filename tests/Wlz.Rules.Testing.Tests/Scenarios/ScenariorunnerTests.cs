using System.Runtime.CompilerServices;
using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing.Scenarios;

namespace Wlz.Rules.Testing.Tests.Scenarios;

public sealed class ScenariorunnerTests
{
    private const string VerwachtT1 = """{ "lijst": "ZorgtoewijzingZonderMazMut", "zorgaanbieder": "12345678", "clientId": "C1", "onderwerp": "T1", "velden": { "Deadline": "2026-04-28" } }""";

    [Fact]
    public void Lees_FullScenario_ReadsEveryPart()
    {
        // Act
        var scenario = Scenariorunner.Lees(Scenariotekst.Met(VerwachtT1));

        // Assert
        Assert.Equal("Testgeval", scenario.Naam);
        Assert.Equal(new LocalDate(2026, 5, 4), scenario.Peildatum);
        Assert.Equal(["GeenEnkeleRegelset"], scenario.Regelsets);
        var zorgaanbieder = Assert.Single(scenario.Zorgaanbieders);
        Assert.Equal("12345678", zorgaanbieder.AgbCode.Waarde);
        Assert.Equal(753, Assert.Single(zorgaanbieder.GecontracteerdeZorgprofielen).Code);
        Assert.Equal("T1", Assert.Single(Assert.Single(scenario.Dossiers).Zorgtoewijzingen).Id);
        var verwacht = Assert.Single(scenario.Verwacht);
        Assert.Equal("ZorgtoewijzingZonderMazMut | 12345678 | C1 | T1 {Deadline=2026-04-28}", verwacht.ToString());
    }

    [Fact]
    public void Controleer_NoSignalsExpectedAndNoneProduced_PassesAndReturnsReport()
    {
        // Arrange
        var scenario = Scenariorunner.Lees(Scenariotekst.Met(string.Empty));

        // Act
        var rapport = Scenariorunner.Controleer(scenario);

        // Assert
        Assert.Equal(1, rapport.Tellers.Geevalueerd);
        Assert.Empty(rapport.Signalen);
    }

    [Fact]
    public void Controleer_ExpectedSignalNotProduced_ThrowsListingTheMissingSignal()
    {
        // Arrange
        var scenario = Scenariorunner.Lees(Scenariotekst.Met(VerwachtT1));

        // Act
        var fout = Assert.Throws<ScenarioMismatchException>(() => Scenariorunner.Controleer(scenario));

        // Assert
        Assert.Equal(
            "Scenario 'Testgeval' does not hold: 1 missing, 0 unexpected, 0 rejected dossier(s).\n"
            + "Missing (lijst | zorgaanbieder | cliënt | onderwerp {velden}):\n"
            + "  - ZorgtoewijzingZonderMazMut | 12345678 | C1 | T1 {Deadline=2026-04-28}",
            fout.Message.ReplaceLineEndings("\n"));
        Assert.Single(fout.Ontbrekend);
    }

    [Fact]
    public void Controleer_InvalidDossier_ThrowsListingTheRejection()
    {
        // Arrange: the MAZ points at a toewijzing that does not exist.
        var dossier = Scenariotekst.Dossier.Replace("\"toewijzingId\": \"T1\"", "\"toewijzingId\": \"T9\"", StringComparison.Ordinal);
        var scenario = Scenariorunner.Lees(Scenariotekst.Met(string.Empty, dossier));

        // Act
        var fout = Assert.Throws<ScenarioMismatchException>(() => Scenariorunner.Controleer(scenario));

        // Assert
        var afwijzing = Assert.Single(fout.Afwijzingen);
        Assert.StartsWith("C1: WLZ-", afwijzing, StringComparison.Ordinal);
        Assert.Contains("T9", afwijzing, StringComparison.Ordinal);
    }

    [Fact]
    public void Lees_UnknownProperty_ThrowsWlzJsonExceptionNamingLineAndPath()
    {
        // Arrange
        const string json = "{\n  \"naam\": \"x\",\n  \"verwacht\": [ { \"lijst\": \"L\", \"clientid2\": \"C1\" } ]\n}";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => Scenariorunner.Lees(json));

        // Assert
        Assert.Contains("line 3", fout.Message, StringComparison.Ordinal);
        Assert.Contains("$.verwacht[0]", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesBestand_BadFile_MessageNamesTheFile()
    {
        // Arrange
        var pad = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(pad, "{ \"peildatum\": \"04-05-2026\" }");

        try
        {
            // Act
            var fout = Assert.Throws<WlzJsonException>(() => Scenariorunner.LeesBestand(pad));

            // Assert
            Assert.StartsWith(pad + ": Invalid Wlz JSON at line 1", fout.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    [Fact]
    public void LeesBestand_WithoutName_NamesTheScenarioAfterTheFile()
    {
        // Arrange
        var pad = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(pad, """{ "peildatum": "2026-05-04" }""");

        try
        {
            // Act
            var scenario = Scenariorunner.LeesBestand(pad);

            // Assert
            Assert.Equal(Path.GetFileNameWithoutExtension(pad), scenario.Naam);
            Assert.Equal(new LocalDate(2026, 5, 4), scenario.Peildatum);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    [Fact]
    public void LeesBestand_ExampleCaseKeptAsData_HoldsAgainstEveryRuleSet()
    {
        // Arrange: a user's own edge case, kept as a JSON file beside the tests.
        var pad = Path.Combine(Map(), "Voorbeelden", "maz-op-tijd.json");
        var scenario = Scenariorunner.LeesBestand(pad);

        // Act
        var rapport = Scenariorunner.Controleer(scenario);

        // Assert
        Assert.Equal("MAZ binnen de termijn: niet op Zorgtoewijzing zonder MAZ/MUT, wel in zorg", scenario.Naam);
        Assert.Equal(2, rapport.Signalen.Count);
        Assert.Equal(1, rapport.Tellers.Geevalueerd);
    }

    [Fact]
    public void Past_SameIdentityAndNamedFields_True()
    {
        // Arrange
        var verwacht = new VerwachtSignaal { Lijst = "L1", Zorgaanbieder = "12345678", ClientId = "C1", Onderwerp = "T1", Velden = new Dictionary<string, string> { ["Deadline"] = "2026-04-28" } };

        // Act
        var past = verwacht.Past(Testsignaal.Maak("L1", "12345678", "C1", "T1", "2026-04-28"));

        // Assert
        Assert.True(past);
    }

    [Theory]
    [InlineData("L2", "12345678", "C1", "T1", "2026-04-28")]
    [InlineData("L1", "87654321", "C1", "T1", "2026-04-28")]
    [InlineData("L1", "12345678", "C2", "T1", "2026-04-28")]
    [InlineData("L1", "12345678", "C1", "T2", "2026-04-28")]
    [InlineData("L1", "12345678", "C1", "T1", "2026-04-29")]
    public void Past_OneThingDiffers_False(string lijst, string agb, string client, string onderwerp, string deadline)
    {
        // Arrange
        var verwacht = new VerwachtSignaal { Lijst = "L1", Zorgaanbieder = "12345678", ClientId = "C1", Onderwerp = "T1", Velden = new Dictionary<string, string> { ["Deadline"] = "2026-04-28" } };

        // Act
        var past = verwacht.Past(Testsignaal.Maak(lijst, agb, client, onderwerp, deadline));

        // Assert
        Assert.False(past);
    }

    [Fact]
    public void Message_UnexpectedSignal_ShowsFieldsRuleAndExplanation()
    {
        // Arrange
        var signaal = Testsignaal.Maak("L1", "12345678", "C1", "T1", "2026-04-28");

        // Act
        var fout = new ScenarioMismatchException("Geval", [], [signaal], []);

        // Assert
        Assert.Equal(
            "Scenario 'Geval' does not hold: 0 missing, 1 unexpected, 0 rejected dossier(s).\n"
            + "Unexpected:\n"
            + "  + L1 | 12345678 | C1 | T1 {Deadline=2026-04-28} (Test.Regel): Ontvangen 2026-04-21 + 5 werkdagen.",
            fout.Message.ReplaceLineEndings("\n"));
    }

    private static string Map([CallerFilePath] string bron = "") => Path.GetDirectoryName(bron)!;

    private sealed class Testsignaal : Signaal
    {
        public required string Deadline { get; init; }

        public override IReadOnlyList<Signaalveld> Velden => [new("Deadline", Deadline)];

        public static Testsignaal Maak(string lijst, string agb, string client, string onderwerp, string deadline) => new()
        {
            Lijst = new Lijstdefinitie(lijst, "Titel " + lijst, Cadans.Wekelijks, "Actie.", new RuleSource("Bron", "Sectie", "Zin.")),
            Regel = RuleInfo.Of(new NRules.Fluent.RuleDefinitionFactory().Create(new TestRegel())),
            ClientId = client,
            Zorgaanbieder = agb,
            Onderwerp = onderwerp,
            Uitleg = "Ontvangen 2026-04-21 + 5 werkdagen.",
            Deadline = deadline,
        };
    }

    [RuleId("Test.Regel")]
    private sealed class TestRegel : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            When().Match<Wlz.Rules.Model.Peildatum>();
            Then().Do(_ => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}
