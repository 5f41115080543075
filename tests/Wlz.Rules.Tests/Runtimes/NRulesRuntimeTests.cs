using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>Every entry point of <see cref="WlzRuleEngine"/> works on NRules' runtime as on the executor.</summary>
public sealed class NRulesRuntimeTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly Populatiegenerator Generator = new(300, 10, seed: 5, Peildatum);

    [Fact]
    public async Task EvaluateAllAsync_NRules_ZelfdeRapportAlsDeExecutor()
    {
        // Arrange
        var executor = Engine(WlzRuntime.Executor);
        var nrules = Engine(WlzRuntime.NRules);

        // Act
        var verwacht = executor.EvaluateAll(Generator.Dossiers(), Peildatum);
        var rapport = await nrules.EvaluateAllAsync(Asynchroon(Generator.Dossiers()), Peildatum);

        // Assert
        Assert.Equal(verwacht.Tellers, rapport.Tellers);
        Assert.Equal(Signaalweergave.Gesorteerd(verwacht.Signalen), Signaalweergave.Gesorteerd(rapport.Signalen));
        Assert.Equal(verwacht.Lijsten.Select(l => (l.Lijst.Code, l.Zorgaanbieder)), rapport.Lijsten.Select(l => (l.Lijst.Code, l.Zorgaanbieder)));
    }

    [Fact]
    public void AddWlzRules_RuntimeNRules_EngineUitDeContainerDraaitOpNRules()
    {
        // Arrange
        using var provider = new ServiceCollection()
            .AddWlzRules(o => (o.Zorgaanbieders, o.Runtime) = (Generator.Register, WlzRuntime.NRules))
            .BuildServiceProvider();
        var dossier = Generator.MaakDossier(0);

        // Act
        var engine = provider.GetRequiredService<WlzRuleEngine>();
        var resultaat = engine.Evaluate(dossier, Peildatum);

        // Assert
        Assert.Equal(WlzRuntime.NRules, engine.Options.Runtime);
        Assert.Equal(
            Signaalweergave.Gesorteerd(Engine(WlzRuntime.Executor).Evaluate(dossier, Peildatum).Signalen),
            Signaalweergave.Gesorteerd(resultaat.Signalen));
    }

    private static WlzRuleEngine Engine(WlzRuntime runtime) =>
        new(new WlzRulesOptions { Zorgaanbieders = Generator.Register, Runtime = runtime, MaxDegreeOfParallelism = 2 });

    private static async IAsyncEnumerable<Dossier> Asynchroon(IEnumerable<Dossier> dossiers)
    {
        foreach (var dossier in dossiers)
        {
            await Task.Yield();
            yield return dossier;
        }
    }
}
