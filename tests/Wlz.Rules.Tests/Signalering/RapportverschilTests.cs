using NodaTime;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.TestSupport;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportverschilTests
{
    private static readonly LocalDate VorigeWeek = new(2026, 4, 27);

    private static Wlz.Rules.Evaluatie.Evaluatierapport Vorige() => Rapport(VorigeWeek, [
        Deadline("C1", "T1", "11111111", "2026-05-01"),
        Deadline("C2", "T2", "11111111", "2026-05-04"),
        Deadline("C3", "T3", "22222222", "2026-05-05"),
        Actie("C9", "T9", "2026-04-20"),
    ]);

    private static Wlz.Rules.Evaluatie.Evaluatierapport Huidige() => Rapport(Peildatum, [
        Deadline("C1", "T1", "11111111", "2026-05-08", "Nieuwe uitleg."),
        Deadline("C2", "T2", "11111111", "2026-05-04", "Andere uitleg, zelfde velden."),
        Deadline("C4", "T4", "11111111", "2026-05-11"),
    ]);

    [Fact]
    public void Bereken_EntryWithSameKeyAndMovedDeadline_IsChangedWithFromAndTo()
    {
        // Act
        var verschil = Rapportverschil.Bereken(Vorige(), Huidige());

        // Assert
        var lijst = verschil.Lijsten.Single(l => l.Code == "TestDeadlines" && l.Zorgaanbieder == "11111111");
        var wijziging = Assert.Single(lijst.Gewijzigd);
        Assert.Equal("C1", wijziging.Huidige.ClientId);
        Assert.Equal("T1", wijziging.Huidige.Onderwerp);
        Assert.Equal([new Veldwijziging("Deadline", "2026-05-01", "2026-05-08")], wijziging.Velden);
    }

    [Fact]
    public void Bereken_EntryOnlyNow_IsNew()
    {
        // Act
        var verschil = Rapportverschil.Bereken(Vorige(), Huidige());

        // Assert
        var lijst = verschil.Lijsten.Single(l => l.Code == "TestDeadlines" && l.Zorgaanbieder == "11111111");
        Assert.Equal(["C4"], lijst.Nieuw.Select(r => r.ClientId));
        Assert.Empty(lijst.Vervallen);
    }

    [Fact]
    public void Bereken_ListGoneForZorgaanbieder_AllEntriesLeft()
    {
        // Act
        var verschil = Rapportverschil.Bereken(Vorige(), Huidige());

        // Assert
        var weg = verschil.Lijsten.Single(l => l.Code == "TestDeadlines" && l.Zorgaanbieder == "22222222");
        Assert.Equal(["C3"], weg.Vervallen.Select(r => r.ClientId));
        Assert.Empty(weg.Nieuw);
        Assert.Equal("Toewijzingen met een deadline", weg.Titel);
    }

    [Fact]
    public void Bereken_OnlyExplanationChanged_NotReportedAsChange()
    {
        // Act
        var verschil = Rapportverschil.Bereken(Vorige(), Huidige());

        // Assert
        Assert.DoesNotContain(verschil.Lijsten.SelectMany(l => l.Gewijzigd), w => w.Huidige.ClientId == "C2");
    }

    [Fact]
    public void Bereken_SameReportTwice_IsEmpty()
    {
        // Act
        var verschil = Rapportverschil.Bereken(Huidige(), Huidige());

        // Assert
        Assert.True(verschil.IsLeeg);
        Assert.Equal("Verschil 2026-05-04 -> 2026-05-04: geen wijzigingen.\n", verschil.AlsTekst().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Bereken_TwoEntriesWithSameKey_PairedInListOrder()
    {
        // Arrange
        var vorige = Rapport(VorigeWeek, [Deadline("C1", "T1", "11111111", "2026-05-01"), Deadline("C1", "T1", "11111111", "2026-05-02")]);
        var huidige = Rapport(Peildatum, [Deadline("C1", "T1", "11111111", "2026-05-01")]);

        // Act
        var verschil = Rapportverschil.Bereken(vorige, huidige);

        // Assert
        var lijst = Assert.Single(verschil.Lijsten);
        Assert.Empty(lijst.Gewijzigd);
        Assert.Equal(["2026-05-02"], lijst.Vervallen.Select(r => r.Veld("Deadline")));
    }

    [Fact]
    public void Bereken_TwoCliëntenWithTheSameMaskedKey_ArePairedExactly()
    {
        // Arrange: 100001208 and 100002208 both print as ******208; only the second one's deadline moved.
        var vorige = Rapportbestand.Van(Rapport(VorigeWeek, [Deadline("100001208", "T1", "11111111", "2026-05-08"), Deadline("100002208", "T1", "11111111", "2026-05-11")]), Gemaskeerd);
        var huidige = Rapportbestand.Van(Rapport(Peildatum, [Deadline("100001208", "T1", "11111111", "2026-05-08"), Deadline("100002208", "T1", "11111111", "2026-05-12")]), Gemaskeerd);

        // Act
        var verschil = Rapportverschil.Bereken(vorige, huidige);

        // Assert
        var lijst = Assert.Single(verschil.Lijsten);
        Assert.Empty(lijst.Nieuw);
        Assert.Empty(lijst.Vervallen);
        var wijziging = Assert.Single(lijst.Gewijzigd);
        Assert.Equal("******208", wijziging.Huidige.ClientId);
        Assert.Equal([new Veldwijziging("Deadline", "2026-05-11", "2026-05-12")], wijziging.Velden);
    }

    [Fact]
    public void Bereken_ReportsMadeWithDifferentSecrets_Throws()
    {
        // Arrange
        var ander = Identificatie.Gemaskeerd("een-ander-geheim-van-16-bytes"u8);

        // Act
        var fout = Assert.Throws<ArgumentException>(() => Rapportverschil.Bereken(Rapportbestand.Van(Vorige(), Gemaskeerd), Rapportbestand.Van(Huidige(), ander)));

        // Assert
        Assert.Contains("different secrets", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_LastWeeksJsonAgainstThisWeeksReport_SameAsReportAgainstReport()
    {
        // Arrange
        var vorigeJson = RapportJson.Schrijf(Vorige(), Gemaskeerd);

        // Act
        var uitJson = Rapportverschil.Bereken(RapportJson.Lees(vorigeJson), Huidige(), Gemaskeerd);

        // Assert
        Assert.Equal(Rapportverschil.Bereken(Vorige(), Huidige()).AlsTekst(), uitJson.AlsTekst());
    }

    [Fact]
    public void AlsTekst_HandMadeBeforeAndAfter_MatchesGoldenFile()
    {
        // Act
        var tekst = Rapportverschil.Bereken(Vorige(), Huidige()).AlsTekst();

        // Assert
        GoldenFile.Verify(tekst, "RapportverschilTests.AlsTekst_HandMadeBeforeAndAfter");
    }
}
