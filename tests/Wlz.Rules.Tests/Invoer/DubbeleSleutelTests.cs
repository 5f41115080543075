using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Invoer;

public sealed class DubbeleSleutelTests
{
    private static readonly LocalDate Peildatum = Dossiers.StandaardPeildatum;

    public static TheoryData<string, WlzRuntime> Ingangen()
    {
        var data = new TheoryData<string, WlzRuntime>();
        foreach (var runtime in new[] { WlzRuntime.Executor, WlzRuntime.NRules })
        {
            foreach (var ingang in new[] { "EvaluateStream", "EvaluateStreamAsync", "EvaluateAll", "EvaluateAllAsync" })
            {
                data.Add(ingang, runtime);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ingangen))]
    public async Task Evaluate_SecondDossierWithTheSameKey_IsRejectedNamingTheFirstPosition(string ingang, WlzRuntime runtime)
    {
        // Arrange: positions 1 and 3 share a key; the one at 3 is a different dossier with the same key.
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = 2 });
        var populatie = Invoerbestanden.Populatie(4);
        var tweede = populatie[1];
        var invoer = new[] { populatie[0], tweede, populatie[2], Dossiers.ADossier().MetClient(c => c.Bsn(tweede.Client.Bsn!)).Build(), populatie[3] };

        // Act
        var afwijzingen = await Afwijzingen(engine, ingang, invoer);

        // Assert
        var afwijzing = Assert.Single(afwijzingen);
        Assert.Equal(3, afwijzing.Volgnummer);
        var fout = Assert.Single(afwijzing.Fouten);
        Assert.Equal(Foutcodes.DossierDubbel, fout.Code);
        Assert.Equal($"Dossier {tweede.GemaskeerdeSleutel}, Client, ClientId: repeats the key of the dossier at input position 1; a cliënt is evaluated once per run.", fout.Melding);
        Assert.DoesNotContain(tweede.Client.ClientId, afwijzing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStream_TheSameDossierThreeTimes_EvaluatesTheFirstAndRejectsTheOthers()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var dossier = Invoerbestanden.Populatie(1)[0];

        // Act
        var resultaten = engine.EvaluateStream([dossier, dossier, dossier], Peildatum).ToArray();

        // Assert
        Assert.Equal([false, true, true], resultaten.Select(r => r.IsAfgewezen));
        Assert.All(resultaten.Skip(1), r => Assert.Contains("at input position 0;", r.Afwijzing!.Fouten[0].Melding, StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateStream_DuplicateThatIsAlsoInvalid_ListsTheRepeatAndItsOtherFailures()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var eerste = Dossiers.ADossier().Build();
        var ongeldig = Dossiers.ADossier().MetToewijzing(t => t.Percentage(0)).Build();

        // Act
        var afwijzing = engine.EvaluateStream([eerste, ongeldig], Peildatum).Last().Afwijzing;

        // Assert
        Assert.NotNull(afwijzing);
        Assert.Equal(Foutcodes.DossierDubbel, afwijzing.Fouten[0].Code);
        Assert.Contains(afwijzing.Fouten, f => f.Code == Foutcodes.PercentageOngeldig);
    }

    [Fact]
    public void EvaluateStream_TwoRuns_EachRunHasItsOwnKeys()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var populatie = Invoerbestanden.Populatie(10);

        // Act
        var eerste = engine.EvaluateStream(populatie, Peildatum).Count(r => r.IsAfgewezen);
        var tweede = engine.EvaluateAll(populatie, Peildatum).Tellers.Afgewezen;

        // Assert
        Assert.Equal((0, 0L), (eerste, tweede));
    }

    [Fact]
    public void EvaluateStream_DossiersWithoutKey_AreRejectedForTheMissingKeyNotAsRepeats()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var zonderSleutel = Dossiers.ADossier().MetClient(c => c.ClientId(string.Empty)).Build();

        // Act
        var afwijzingen = engine.EvaluateStream([zonderSleutel, zonderSleutel], Peildatum).Select(r => r.Afwijzing).ToArray();

        // Assert
        Assert.All(afwijzingen, a => Assert.DoesNotContain(a!.Fouten, f => f.Code == Foutcodes.DossierDubbel));
        Assert.All(afwijzingen, a => Assert.Contains(a!.Fouten, f => f.Code == Foutcodes.ClientIdOntbreekt));
    }

    private static async Task<IReadOnlyList<Afwijzing>> Afwijzingen(WlzRuleEngine engine, string ingang, Dossier[] invoer)
    {
        switch (ingang)
        {
            case "EvaluateStream":
                return [.. engine.EvaluateStream(invoer, Peildatum).Select(r => r.Afwijzing).OfType<Afwijzing>()];
            case "EvaluateStreamAsync":
                var afwijzingen = new List<Afwijzing>();
                await foreach (var resultaat in engine.EvaluateStreamAsync(Invoerbestanden.Asynchroon(invoer), Peildatum))
                {
                    if (resultaat.Afwijzing is { } afwijzing)
                    {
                        afwijzingen.Add(afwijzing);
                    }
                }

                return afwijzingen;
            case "EvaluateAll":
                return engine.EvaluateAll(invoer, Peildatum).Afwijzingen;
            default:
                return (await engine.EvaluateAllAsync(Invoerbestanden.Asynchroon(invoer), Peildatum)).Afwijzingen;
        }
    }
}
