using NodaTime;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.TestSupport;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportJsonTests
{
    private static Wlz.Rules.Evaluatie.Evaluatierapport Voorbeeldrapport() => Rapport(
        Peildatum,
        [
            Deadline("C2", "T2", "22222222", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08", "Uitleg met \"aanhalingstekens\", komma en ë."),
            Actie("C3", "T3", "2026-04-30"),
        ],
        Afwijzing());

    [Fact]
    public void Schrijf_Rapport_MatchesGoldenFile()
    {
        // Arrange
        var rapport = Voorbeeldrapport();

        // Act
        var json = RapportJson.Schrijf(rapport, Gemaskeerd);

        // Assert
        GoldenFile.Verify(json, "RapportJsonTests.Schrijf_Rapport", "json");
    }

    [Fact]
    public void Schrijf_Rapport_NeverContainsFullBsn()
    {
        // Arrange
        var rapport = Voorbeeldrapport();

        // Act
        var json = RapportJson.Schrijf(rapport, Gemaskeerd);

        // Assert
        Assert.DoesNotContain("123456782", json, StringComparison.Ordinal);
        Assert.Contains("******782", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Lees_WrittenReport_RoundTripsEveryValue()
    {
        // Arrange
        var json = RapportJson.Schrijf(Voorbeeldrapport(), Gemaskeerd);

        // Act
        var bestand = RapportJson.Lees(json);

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 4), bestand.Peildatum);
        Assert.Equal(11, bestand.Tellers.Ingelezen);
        Assert.Equal(1, bestand.Tellers.Afgewezen);
        Assert.Equal(["TestActies", "TestDeadlines", "TestDeadlines"], bestand.Lijsten.Select(l => l.Code));
        var regel = bestand.Lijsten[1].Regels[0];
        Assert.Equal(Gemaskeerd.Koppelsleutel(Deadline("C1", "T1", "11111111", "2026-05-08")), regel.Koppelsleutel);
        Assert.Equal("Test.Deadline", regel.Regel);
        Assert.Equal("2026-05-08", regel.Veld("Deadline"));
        Assert.Equal("Een testzin, met een komma.", bestand.Lijsten[1].Bronnen.Single().Bronnen[0].Text);
        Assert.True(bestand.Lijsten[0].Regels[0].GebruiktVoorbeeldwaarde);
        Assert.Equal("WLZ-V004", bestand.Afwijzingen[0].Fouten[0].Code);
        Assert.Equal(json, RapportJson.Schrijf(bestand));
    }

    [Fact]
    public void Lees_OtherFormat_ThrowsWlzJsonException()
    {
        // Arrange
        const string json = """{ "formaat": "iets-anders" }""";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => RapportJson.Lees(json));

        // Assert
        Assert.Contains("format 'iets-anders'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lees_UnknownProperty_ThrowsWlzJsonExceptionWithLine()
    {
        // Arrange
        const string json = "{\n  \"formaat\": \"wlz-rules-rapport/2\",\n  \"onbekend\": 1\n}";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => RapportJson.Lees(json));

        // Assert
        Assert.Contains("line 3", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Van_BsnAsClientKeyAndInSubject_MaskedToLastThreeDigits()
    {
        // Arrange
        var signaal = Deadline("123456782", "123456782|202400012|753|11111111|2026-04-21", "11111111", "2026-05-08", "Cliënt 123456782 ontving T1.");

        // Act
        var regel = RapportbestandRegel.Van(signaal, Gemaskeerd);

        // Assert
        Assert.Equal("******782", regel.ClientId);
        Assert.Equal("******782|202400012|753|11111111|2026-04-21", regel.Onderwerp);
        Assert.DoesNotContain("123456782", regel.Koppelsleutel, StringComparison.Ordinal);
        Assert.Equal("Cliënt ******782 ontving T1.", regel.Uitleg);
    }
}
