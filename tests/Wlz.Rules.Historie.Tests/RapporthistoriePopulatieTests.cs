using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Historie.Tests.Support;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Historie.Tests;

public sealed class RapporthistoriePopulatieTests : IDisposable
{
    private static readonly LocalDate VorigeWeek = new(2026, 4, 27);

    private readonly TijdelijkeMap _map = new();

    public void Dispose() => _map.Dispose();

    [Fact]
    public void CompareWithPrevious_GeneratedPopulationAWeekApart_SameAsTheInMemoryDiff()
    {
        // Arrange: the same population evaluated a week apart, exported masked with the history's own secret.
        var generator = new Populatiegenerator(3_000, 25, seed: 17, VorigeWeek);
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register });
        using var historie = Rapporthistorie.Open(_map.Database);
        var identificatie = Identificatie.Gemaskeerd(historie.GetOrCreateSecret());
        var vorige = Rapportbestand.Van(engine.EvaluateAll(generator.Dossiers(), VorigeWeek), identificatie);
        var huidige = Rapportbestand.Van(engine.EvaluateAll(generator.Dossiers(), VorigeWeek.PlusWeeks(1)), identificatie);
        historie.Save(vorige);
        historie.Save(huidige);

        // Act
        var verschil = historie.CompareWithPrevious()!;

        // Assert: a real difference, and the same one, entry for entry, as the in-memory diff.
        var verwacht = Rapportverschil.Bereken(vorige, huidige);
        Assert.False(verwacht.IsLeeg);
        Assert.Contains(verwacht.Lijsten, l => l.Gewijzigd.Count > 0);
        Assert.Contains(verwacht.Lijsten, l => l.Nieuw.Count > 0 || l.Vervallen.Count > 0);
        Assert.Equal(verwacht.AlsTekst(), verschil.AlsTekst());
        Assert.Equal(
            verwacht.Lijsten.SelectMany(l => l.Nieuw.Concat(l.Vervallen).Concat(l.Gewijzigd.Select(w => w.Huidige))).Select(r => r.Koppelsleutel),
            verschil.Lijsten.SelectMany(l => l.Nieuw.Concat(l.Vervallen).Concat(l.Gewijzigd.Select(w => w.Huidige))).Select(r => r.Koppelsleutel));
    }
}
