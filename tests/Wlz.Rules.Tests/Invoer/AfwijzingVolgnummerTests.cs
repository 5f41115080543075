using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Invoer;

public sealed class AfwijzingVolgnummerTests
{
    private static readonly LocalDate Peildatum = Dossiers.StandaardPeildatum;

    [Theory]
    [InlineData(WlzRuntime.Executor, 1)]
    [InlineData(WlzRuntime.Executor, 2)]
    [InlineData(WlzRuntime.NRules, 1)]
    [InlineData(WlzRuntime.NRules, 2)]
    public async Task EvaluateStream_RejectedDossiers_CarryTheirInputPositionOnBothPaths(WlzRuntime runtime, int parallel)
    {
        // Arrange: every seventh dossier is invalid.
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = parallel });
        var invoer = Invoerbestanden.Populatie(100).Select((d, i) => i % 7 == 3 ? Ongeldig(d) : d).ToArray();

        // Act
        var synchroon = engine.EvaluateStream(invoer, Peildatum).Where(r => r.IsAfgewezen).ToArray();
        var asynchroon = new List<Dossierresultaat>();
        await foreach (var resultaat in engine.EvaluateStreamAsync(Invoerbestanden.Asynchroon(invoer), Peildatum))
        {
            if (resultaat.IsAfgewezen)
            {
                asynchroon.Add(resultaat);
            }
        }

        // Assert
        var verwacht = Enumerable.Range(0, 100).Where(i => i % 7 == 3).Select(i => (long?)i).ToArray();
        Assert.Equal(verwacht, synchroon.Select(r => r.Afwijzing!.Volgnummer));
        Assert.Equal(verwacht, asynchroon.Select(r => r.Afwijzing!.Volgnummer));
        Assert.All(synchroon, r => Assert.Equal(r.Volgnummer, r.Afwijzing!.Volgnummer));
    }

    [Fact]
    public void EvaluateAll_Report_RejectionsCarryTheirInputPosition()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var populatie = Invoerbestanden.Populatie(5);
        populatie[2] = Ongeldig(populatie[2]);

        // Act
        var afwijzing = Assert.Single(engine.EvaluateAll(populatie, Peildatum).Afwijzingen);

        // Assert
        Assert.Equal(2, afwijzing.Volgnummer);
    }

    [Fact]
    public void Evaluate_SingleDossier_RejectionHasNoInputPosition()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());

        // Act
        var afwijzing = engine.Evaluate(Ongeldig(Dossiers.ADossier().Build()), Peildatum).Afwijzing;

        // Assert
        Assert.NotNull(afwijzing);
        Assert.Null(afwijzing.Volgnummer);
        Assert.StartsWith("Dossier ******019 rejected with 1 failure(s):", afwijzing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_RejectionFromAPopulation_ShowsItsInputPosition()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions());
        var invoer = new[] { Dossiers.ADossier().MetBsn("999990020").Build(), Ongeldig(Dossiers.ADossier().Build()) };

        // Act
        var tekst = engine.EvaluateStream(invoer, Peildatum).Last().Afwijzing!.ToString();

        // Assert
        Assert.StartsWith("Dossier ******019 at input position 1 rejected with 1 failure(s):" + Environment.NewLine + "WLZ-V005: ", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Afwijzing_BuiltByHand_HasNoInputPosition()
    {
        // Act
        var afwijzing = new Afwijzing(Dossiers.ADossier().Build(), [new Validatiefout(Foutcodes.VeldOntbreekt, "Client", "ClientId", "x")]);

        // Assert
        Assert.Null(afwijzing.Volgnummer);
    }

    /// <summary>A dossier of the same cliënt with one failure: a percentage of 0.</summary>
    private static Dossier Ongeldig(Dossier dossier) =>
        Dossiers.ADossier().MetClient(c => c.Bsn(dossier.Client.Bsn!)).MetToewijzing(t => t.Percentage(0)).Build();
}
