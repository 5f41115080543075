using Wlz.Rules.Historie.Tests.Support;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using static Wlz.Rules.Historie.Tests.Support.Testrapporten;

namespace Wlz.Rules.Historie.Tests;

public sealed class RapporthistorieVerschilTests : IDisposable
{
    private readonly TijdelijkeMap _map = new();

    public void Dispose() => _map.Dispose();

    /// <summary>
    /// Last week: two entries of the same masked cliënt (k1, k2), one that will leave (k3), an entry twice under one key
    /// (k5), a zorgkantoor action (k9) and a list of a second zorgaanbieder that will be gone.
    /// </summary>
    private static Rapportbestand Vorige() => Rapport(
        VorigeWeek,
        Lijst("Deadlines", "11111111",
            Regel("k1", "******208", "T1", "2026-05-01"),
            Regel("k2", "******208", "T2", "2026-05-04"),
            Regel("k3", "******311", "T3", "2026-05-05"),
            Regel("k5", "******412", "T5", "2026-05-06"),
            Regel("k5", "******412", "T5", "2026-05-07")),
        Lijst("Deadlines", "22222222", "Titel van vorige week", [Regel("k6", "******208", "T6", "2026-05-01")]),
        Lijst("Acties", null, Regel("k9", "******999", "T9", "2026-04-20")));

    /// <summary>
    /// This week: k1 unchanged but explained differently, k2 (same masked cliënt as k1) with a moved deadline, k3 gone,
    /// k4 new for the same masked cliënt, k5 once, and the zorgkantoor's action unchanged.
    /// </summary>
    private static Rapportbestand Huidige() => Rapport(
        DezeWeek,
        Lijst("Deadlines", "11111111",
            Regel("k4", "******208", "T4", "2026-05-11"),
            Regel("k1", "******208", "T1", "2026-05-01", "Nieuwe uitleg."),
            Regel("k2", "******208", "T2", "2026-05-11"),
            Regel("k5", "******412", "T5", "2026-05-06")),
        Lijst("Acties", null, Regel("k9", "******999", "T9", "2026-04-20")));

    [Fact]
    public void CompareWithPrevious_SecondRun_SameAsTheInMemoryDiffOfTheTwoReports()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        historie.Save(Vorige());
        historie.Save(Huidige());

        // Act
        var verschil = historie.CompareWithPrevious();

        // Assert
        Assert.NotNull(verschil);
        Assert.Equal(Rapportverschil.Bereken(Vorige(), Huidige()).AlsTekst(), verschil.AlsTekst());
    }

    [Fact]
    public void CompareWithPrevious_SecondRun_PairsTheSameMaskedClientOnItsPairingKey()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        historie.Save(Vorige());
        historie.Save(Huidige());

        // Act
        var verschil = historie.CompareWithPrevious()!;

        // Assert
        Assert.Equal(VorigeWeek, verschil.VorigePeildatum);
        Assert.Equal(DezeWeek, verschil.HuidigePeildatum);
        Assert.Equal([("Deadlines", "11111111"), ("Deadlines", "22222222")], verschil.Lijsten.Select(l => (l.Code, l.Zorgaanbieder)));
        var lijst = verschil.Lijsten[0];
        Assert.Equal(["k4"], lijst.Nieuw.Select(r => r.Koppelsleutel));
        Assert.Equal(["k3", "k5"], lijst.Vervallen.Select(r => r.Koppelsleutel));
        Assert.Equal("2026-05-07", lijst.Vervallen[1].Veld("Deadline"));
        var wijziging = Assert.Single(lijst.Gewijzigd);
        Assert.Equal("k2", wijziging.Koppelsleutel);
        Assert.Equal("******208", wijziging.Huidige.ClientId);
        Assert.Equal([new Veldwijziging("Deadline", "2026-05-04", "2026-05-11")], wijziging.Velden);
        var weg = verschil.Lijsten[1];
        Assert.Equal("Titel van vorige week", weg.Titel);
        Assert.Equal(["k6"], weg.Vervallen.Select(r => r.Koppelsleutel));
    }

    [Fact]
    public void CompareWithPrevious_FieldsAddedRemovedAndReordered_SameAsTheInMemoryDiff()
    {
        // Arrange: a field added, a field removed, and the same fields in another order (no change).
        var vorige = Rapport(VorigeWeek, Lijst("L", "1",
            Regel("a", "******208", "T1", "2026-05-01"),
            Regel("b", "******208", "T2", "2026-05-01", extra: ("Dagen", "3")),
            Regel("c", "******208", "T3", "2026-05-01", extra: ("Dagen", "3"))));
        var huidige = Rapport(DezeWeek, Lijst("L", "1",
            Regel("a", "******208", "T1", "2026-05-01", extra: ("Dagen", "5")),
            Regel("b", "******208", "T2", "2026-05-01"),
            new RapportbestandRegel
            {
                Koppelsleutel = "c", ClientId = "******208", Onderwerp = "T3", Regel = "Test.Deadline", Uitleg = "Uitleg.",
                Velden = [new("Dagen", "3"), new("Deadline", "2026-05-01")],
            }));
        using var historie = Rapporthistorie.Open(_map.Database);
        historie.Save(vorige);
        historie.Save(huidige);

        // Act
        var verschil = historie.CompareWithPrevious()!;

        // Assert
        Assert.Equal(Rapportverschil.Bereken(vorige, huidige).AlsTekst(), verschil.AlsTekst());
        Assert.Equal(["a", "b"], verschil.Lijsten.Single().Gewijzigd.Select(w => w.Koppelsleutel));
    }

    [Fact]
    public void CompareWithPrevious_SameReportSavedTwice_IsEmpty()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        historie.Save(Huidige());
        historie.Save(Huidige());

        // Act
        var verschil = historie.CompareWithPrevious()!;

        // Assert
        Assert.True(verschil.IsLeeg);
        Assert.Equal("Verschil 2026-05-04 -> 2026-05-04: geen wijzigingen.\n", verschil.AlsTekst().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void CompareWithPrevious_OneRunOnly_IsNull()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);

        // Act + Assert
        Assert.Null(historie.CompareWithPrevious());
        historie.Save(Vorige());
        Assert.Null(historie.CompareWithPrevious());
    }

    [Fact]
    public void CompareWithPrevious_RunsWithDifferentKoppeling_RefusedBecauseEntriesCannotBePaired()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        historie.Save(Rapport(VorigeWeek, "1111111111111111", Lijst("L", "1", Regel("k1", "******208", "T1", "2026-05-01"))));
        historie.Save(Rapport(DezeWeek, "2222222222222222", Lijst("L", "1", Regel("k1", "******208", "T1", "2026-05-01"))));

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() => historie.CompareWithPrevious());

        // Assert
        Assert.Contains("different secrets", fout.Message, StringComparison.Ordinal);
        Assert.Contains("1111111111111111", fout.Message, StringComparison.Ordinal);
        Assert.Contains("2222222222222222", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoGivenRuns_ComparesThoseRatherThanTheLastTwo()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        var eerste = historie.Save(Vorige());
        var tweede = historie.Save(Huidige());
        historie.Save(Huidige());

        // Act
        var verschil = historie.Compare(eerste.Id, tweede.Id);

        // Assert
        Assert.Equal(Rapportverschil.Bereken(Vorige(), Huidige()).AlsTekst(), verschil.AlsTekst());
        Assert.True(historie.CompareWithPrevious()!.IsLeeg);
    }

    [Fact]
    public void Compare_RunThatDoesNotExist_ThrowsArgumentException()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        var run = historie.Save(Vorige());

        // Act
        var fout = Assert.Throws<ArgumentException>(() => historie.Compare(run.Id, 42));

        // Assert
        Assert.Equal("huidigeRun", fout.ParamName);
    }

    [Fact]
    public void Compare_RunsWithDifferentKoppeling_ThrowsArgumentException()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        var een = historie.Save(Rapport(VorigeWeek, "1111111111111111", Lijst("L", "1")));
        var twee = historie.Save(Rapport(DezeWeek, "2222222222222222", Lijst("L", "1")));

        // Act + Assert
        Assert.Throws<ArgumentException>(() => historie.Compare(een.Id, twee.Id));
    }
}
