using NodaTime;
using Wlz.Rules.Testing;
using Wlz.Rules.Historie.Tests.Support;
using Wlz.Rules.Signalering.Export;
using static Wlz.Rules.Historie.Tests.Support.Testrapporten;

namespace Wlz.Rules.Historie.Tests;

public sealed class RapporthistorieSaveTests : IDisposable
{
    private readonly TijdelijkeMap _map = new();

    public void Dispose() => _map.Dispose();

    [Fact]
    public void Save_Report_StoresTheHeaderWithCountsAndTheClockTime()
    {
        // Arrange
        var tijdstip = Instant.FromUtc(2026, 5, 4, 6, 30);
        using var historie = Rapporthistorie.Open(_map.Database, new FakeClock(tijdstip));

        // Act
        var run = historie.Save(Rapport(DezeWeek,
            Lijst("L", "1", Regel("k1", "******208", "T1", "2026-05-01"), Regel("k2", "******208", "T2", "2026-05-01")),
            Lijst("M", null, Regel("k3", "******311", "T3", "2026-05-01"))));

        // Assert
        Assert.Equal(run.Id, Assert.Single(historie.ReadRuns()).Id);
        Assert.Equal(DezeWeek, run.Peildatum);
        Assert.Equal("test", run.Regelsetversie);
        Assert.Equal(Identificatiesoort.Gemaskeerd, run.Identificatie);
        Assert.Equal(Koppeling, run.Koppeling);
        Assert.Equal(tijdstip, run.Tijdstip);
        Assert.Equal((10, 9, 1, 3), (run.Tellers.Ingelezen, run.Tellers.Geevalueerd, run.Tellers.Afgewezen, run.Tellers.Signalen));
        Assert.Equal(3, run.Regels);
    }

    [Fact]
    public void Save_EntriesThatCanOnlyBeEnumeratedOnce_AreStreamedIntoTheDatabase()
    {
        // Arrange
        var regels = Enumerable.Range(0, 5_000).Select(i => Regel($"k{i}", "******208", $"T{i}", "2026-05-01"));
        using var historie = Rapporthistorie.Open(_map.Database);

        // Act
        var run = historie.Save(Rapport(DezeWeek, Lijst("L", "1", "Lijst L", new EenmaalLeesbareRegels(regels))));

        // Assert
        Assert.Equal(5_000, run.Regels);
    }

    [Fact]
    public void Save_SameListTwice_RefusedAndNothingSaved()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        var dubbel = Rapport(DezeWeek, Lijst("L", null, Regel("k1", "******208", "T1", "2026-05-01")), Lijst("L", null));

        // Act
        Assert.Throws<ArgumentException>(() => historie.Save(dubbel));

        // Assert
        Assert.Empty(historie.ReadRuns());
    }

    [Fact]
    public void Save_AfterDispose_ThrowsObjectDisposedException()
    {
        // Arrange
        var historie = Rapporthistorie.Open(_map.Database);
        historie.Dispose();

        // Act + Assert
        Assert.Throws<ObjectDisposedException>(() => historie.Save(Rapport(DezeWeek)));
    }
}
