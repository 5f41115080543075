using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;
using static Wlz.Rules.Tests.Regels.Mutatiedagen.Kamers;

namespace Wlz.Rules.Tests.Regels.Mutatiedagen;

public sealed class DeclaratiecontroleTests
{
    [Fact]
    public void Voorbeeld_GedeclareerdeRegels_GeenBevindingen()
    {
        // Act
        var resultaat = Regelengine.EvaluateKamer(MutatiedagenVoorbeeld.Kamerdossier, MutatiedagenVoorbeeld.Peildatum);

        // Assert
        Assert.Empty(Bevindingen(resultaat));
    }

    [Fact]
    public void MaximaalDertienMutatiedagen_Regel14Dagen_Bevinding()
    {
        // Arrange: B moves in on 25 May; 11–24 May declared (14 days, 24 May is outside the 13 days).
        var dossier = Dossier(Mei(10), B(Mei(25)), regels: Regel(1, "A", "Z916", Mei(11), Mei(24), 14));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.MeerDanMaximum@1"], Bevindingen(resultaat));
        var bevinding = Assert.Single(resultaat.SignalenVan<BevindingSignaal>());
        Assert.Equal(
            "Regel 1 (Z916 2015-05-11 t/m 2015-05-24, aantal 14): met deze regel komt het totaal aan mutatiedagen voor deze leegstand op 14, meer dan het maximum van 13 per kamer per keer (laatste dag 2015-05-10, uiterlijk t/m 2015-05-23).",
            bevinding.Uitleg);
    }

    [Fact]
    public void MaximaalDertienMutatiedagen_Precies13_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(25)), regels: Regel(1, "A", "Z916", Mei(11), Mei(23), 13));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void MaximaalDertienMutatiedagen_VerdeeldOverTweeRegels_TweedeRegelIsBevinding()
    {
        // Arrange: line 2 comes first by begindatum? No: line 1 = 11–20 May (10), line 2 = 21–24 May (4) → total 14 at line 2.
        var dossier = Dossier(Mei(10), B(Mei(25)), regels: [Regel(1, "A", "Z916", Mei(11), Mei(20), 10), Regel(2, "A", "Z916", Mei(21), Mei(24), 4)]);

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.MeerDanMaximum@2"], Bevindingen(resultaat));
    }

    [Fact]
    public void MutatiedagenOpOfNaIntrek_EinddatumOpIntrek_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), regels: Regel(1, "A", "Z916", Mei(11), Mei(22), 12));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.OpOfNaIntrek@1"], Bevindingen(resultaat));
    }

    [Fact]
    public void MutatiedagenOpOfNaIntrek_TotDagVoorIntrek_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), regels: Regel(1, "A", "Z916", Mei(11), Mei(21), 11));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void BijEenInterneVerhuizingGeenMutatiedagen_GedeclareerdeDag_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing, regels: Regel(1, "A", "Z916", Mei(11), Mei(11), 1));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.InterneVerhuizingGedeclareerd@1"], Bevindingen(resultaat));
    }

    [Fact]
    public void BijEenInterneVerhuizing_AlternatiefEenDag_EenDagGeenBevinding_TweeDagenWel()
    {
        // Arrange
        var opties = new MutatiedagenOpties { MutatiedagenBijInterneVerhuizing = 1 };
        var eenDag = Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing, regels: Regel(1, "A", "Z916", Mei(11), Mei(11), 1));
        var tweeDagen = Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing, regels: Regel(1, "A", "Z916", Mei(11), Mei(12), 2));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(eenDag, opties: opties)));
        Assert.Equal(["Mutatiedagen.InterneVerhuizingGedeclareerd@1"], Bevindingen(Evalueer(tweeDagen, opties: opties)));
    }

    [Fact]
    public void BijEenInterneVerhuizing_AlleenZpTotLaatsteDag_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing, regels: Regel(1, "A", "Z041", Mei(1), Mei(10), 10));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void ToegewezenZpPasDeclarerenWanneerDeClientDaadwerkelijkVerblijft_ZpVanafSleuteldatum_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22), Mei(15)), regels: Regel(1, "B", "Z051", Mei(15), Mei(31), 17));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.ZpVoorIntrek@1"], Bevindingen(resultaat));
    }

    [Fact]
    public void ToegewezenZp_VanafIntrek_GeenBevinding_EnExtramuraleCodeVoorIntrekMag()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22), Mei(15), thuis: true), regels: [Regel(1, "B", "Z051", Mei(22), Mei(31), 10), Regel(2, "B", "H126", Mei(15), Mei(21), 7)]);

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void ToegewezenZp_NieuweClientVerhuistIntern_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22), Mei(15), intern: true), regels: Regel(1, "B", "Z051", Mei(1), Mei(31), 31));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void Z916WaarZ917Geldt_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), behandeling: true, regels: Regel(1, "A", "Z916", Mei(11), Mei(21), 11));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.VerkeerdeCode@1"], Bevindingen(resultaat));
        Assert.Equal("Z916 waar Z917 geldt", Assert.Single(resultaat.SignalenVan<BevindingSignaal>()).Bevinding);
    }

    [Fact]
    public void Z917WaarZ916Geldt_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), behandeling: false, regels: Regel(1, "A", "Z917", Mei(11), Mei(21), 11));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal("Z917 waar Z916 geldt", Assert.Single(resultaat.SignalenVan<BevindingSignaal>()).Bevinding);
    }

    [Fact]
    public void Z917BijToegelatenVoorBehandeling_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), behandeling: true, regels: Regel(1, "A", "Z917", Mei(11), Mei(21), 11));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void OverlappendeRegels_ZelfdeClientEnCode_BevindingOpHoogsteRegelnummer()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), regels: [Regel(1, "A", "Z916", Mei(11), Mei(15), 5), Regel(2, "A", "Z916", Mei(15), Mei(16), 2)]);

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.OverlappendeRegels@2"], Bevindingen(resultaat));
        Assert.Equal("Overlapt met regel 1", Assert.Single(resultaat.SignalenVan<BevindingSignaal>()).Bevinding);
    }

    [Fact]
    public void OverlappendeRegels_AansluitendOfAndereCodeOfAndereClient_GeenBevinding()
    {
        // Arrange
        var dossier = Dossier(
            Mei(10),
            B(Mei(22)),
            regels: [Regel(1, "A", "Z916", Mei(11), Mei(15), 5), Regel(2, "A", "Z916", Mei(16), Mei(21), 6), Regel(3, "A", "Z041", Mei(1), Mei(10), 10), Regel(4, "B", "Z051", Mei(22), Mei(31), 10), Regel(5, "C", "Z916", Mei(11), Mei(15), 5)]);

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(dossier)));
    }

    [Fact]
    public void Bevindingen_VolgordeVanRegelsInInvoer_MaaktNietUit()
    {
        // Arrange
        Declaratieregel[] regels = [Regel(1, "A", "Z917", Mei(11), Mei(20), 10), Regel(2, "A", "Z917", Mei(20), Mei(24), 5), Regel(3, "B", "Z051", Mei(20), Mei(31), 12)];
        var gesorteerd = Dossier(Mei(10), B(Mei(22)), regels: regels);
        var omgekeerd = Dossier(Mei(10), B(Mei(22)), regels: [.. regels.Reverse()]);

        // Act
        var a = Render([Evalueer(gesorteerd)]);
        var b = Render([Evalueer(omgekeerd)]);

        // Assert
        Assert.Equal(a, b);
        Assert.Equal(
            ["Mutatiedagen.MeerDanMaximum@2", "Mutatiedagen.OpOfNaIntrek@2", "Mutatiedagen.OverlappendeRegels@2", "Mutatiedagen.VerkeerdeCode@1", "Mutatiedagen.VerkeerdeCode@2", "Mutatiedagen.ZpVoorIntrek@3"],
            Bevindingen(Evalueer(omgekeerd)).Order(StringComparer.Ordinal));
    }
    [Fact]
    public void MutatiedagenVoorLeegstand_BegindatumOpLaatsteDag_Bevinding()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(22)), regels: Regel(1, "A", "Z916", Mei(10), Mei(21), 12));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.Equal(["Mutatiedagen.VoorLeegstand@1"], Bevindingen(resultaat));
    }

    [Fact]
    public void SleuteldatumTeVroegVoorMaz_15DagenVoorIntrek_Bevinding_14DagenNiet()
    {
        // Arrange: last day 1 May; key on 3 May; move-in 17 May (14 days after the key) or 18 May (15 days).
        var veertien = Dossier(Mei(1), B(Mei(17), Mei(3)));
        var vijftien = Dossier(Mei(1), B(Mei(18), Mei(3)));

        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(veertien)));
        Assert.Equal(["Mutatiedagen.SleuteldatumTeVroegVoorMaz@"], Bevindingen(Evalueer(vijftien)));
    }

    [Fact]
    public void SleuteldatumTeVroegVoorMaz_InterneVerhuizingBinnenAgb_GeenMazGeenBevinding()
    {
        // Act + Assert
        Assert.Empty(Bevindingen(Evalueer(Dossier(Mei(1), B(Mei(18), Mei(3), intern: true)))));
    }
}
