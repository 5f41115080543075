using NodaTime;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;
using static Wlz.Rules.Tests.Regels.Mutatiedagen.Kamers;

namespace Wlz.Rules.Tests.Regels.Mutatiedagen;

public sealed class MutatiedagenRegelsTests
{
    [Fact]
    public void Voorbeeld_ClientAOverleden10Mei_BKomtWonen22Mei_Z916Van11Tot21Mei11Dagen()
    {
        // Act
        var resultaat = Regelengine.EvaluateKamer(MutatiedagenVoorbeeld.Kamerdossier, MutatiedagenVoorbeeld.Peildatum);

        // Assert
        Assert.Null(resultaat.Afwijzing);
        Assert.Equal("A Z916 2015-05-11 2015-05-21 11", Regel(Mutatiedag(resultaat)));
        var zp = Assert.Single(resultaat.SignalenVan<AanvangZpSignaal>());
        Assert.Equal(("B", "Z051", new LocalDate(2015, 5, 22)), (zp.ClientId, zp.Prestatiecode, zp.EersteDeclarabeleDag));
        Assert.Empty(resultaat.SignalenVan<BevindingSignaal>());
    }

    [Fact]
    public void StelDatClientBDeKamerOp25MeiBetrekt_24MeiNietDeclarabel_Z916Van11Tot23Mei13Dagen()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(25), Mei(15)));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-23 13", Regel(signaal));
    }

    [Theory]
    [InlineData(23, "2015-05-22", 12)]
    [InlineData(24, "2015-05-23", 13)]
    [InlineData(25, "2015-05-23", 13)]
    public void Maximaal13Mutatiedagen_IntrekOpDag13_14En15NaLaatsteDag_EindigtOpMin(int intrekdag, string einddatum, int aantal)
    {
        // Arrange: day 14 after the last day (24 May) is the first day that exactly uses all 13 days.
        var dossier = Dossier(Mei(10), B(Mei(intrekdag)));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier));

        // Assert
        Assert.Equal($"A Z916 2015-05-11 {einddatum} {aantal}", Regel(signaal));
    }

    [Fact]
    public void IntrekOpDeDagNaDeLaatsteDag_GeenMutatiedagen()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(11)));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier));

        // Assert
        Assert.Equal((0, null, null), (signaal.Aantal, signaal.Begindatum, signaal.Einddatum));
    }

    [Fact]
    public void GeenVolgendeClient_VoorlopigTotEnMetPeildatum()
    {
        // Arrange
        var dossier = Dossier(Mei(10));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier, Mei(16)));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-16 6 voorlopig", Regel(signaal));
        Assert.Contains("voorlopig geteld t/m de peildatum 2015-05-16", signaal.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void GeenVolgendeClient_MaximumBereikt_NietMeerVoorlopig()
    {
        // Arrange
        var dossier = Dossier(Mei(10));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier, Mei(31)));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-23 13", Regel(signaal));
    }

    [Fact]
    public void GeenVolgendeClient_PeildatumOpLaatsteDag_NulVoorlopig()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10)), Mei(10)));

        // Assert
        Assert.Equal((0, true), (signaal.Aantal, signaal.Voorlopig));
    }

    [Fact]
    public void VolgendeClientZonderIntrekdatum_TeltVoorlopigAlsZonderClient()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), B(null, Mei(15))), Mei(20)));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-20 10 voorlopig", Regel(signaal));
    }

    [Fact]
    public void Z917_ZorgaanbiederToegelatenVoorBehandeling()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), B(Mei(22)), behandeling: true)));

        // Assert
        Assert.Equal("A Z917 2015-05-11 2015-05-21 11", Regel(signaal));
    }

    [Fact]
    public void VerhuizingAndereZorgaanbieder_ZelfdeTellingAlsOverlijden_EnMut()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.VerhuizingAndereZorgaanbieder));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-21 11", Regel(Mutatiedag(resultaat)));
        var mut = Assert.Single(resultaat.SignalenVan<BerichtadviesSignaal>(), b => b.Bericht == Bericht.Mut);
        Assert.Equal(("A", Mei(10)), (mut.ClientId, mut.Datum));
    }

    [Fact]
    public void BijEenInterneVerhuizingGeenMutatiedagen_StandaardNul()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing));

        // Assert
        var signaal = Mutatiedag(resultaat);
        Assert.Equal(("Mutatiedagen.InterneVerhuizing", 0, 0), (signaal.Regel.Id, signaal.Aantal, signaal.Maximum));
    }

    [Fact]
    public void MutatiedagenBijInterneVerhuizing_NormenkaderAlternatief1_EenDag()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), B(Mei(22)), reden: Vertrekreden.InterneVerhuizing), opties: new MutatiedagenOpties { MutatiedagenBijInterneVerhuizing = 1 }));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-11 1", Regel(signaal));
    }

    [Fact]
    public void Tweepersoonskamer_StandaardUit_13Dagen()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), tweepersoons: true), Mei(31)));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-23 13", Regel(signaal));
    }

    [Fact]
    public void Tweepersoonskamer_Maximum26Aan_26Dagen()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), tweepersoons: true), new LocalDate(2015, 6, 30), new MutatiedagenOpties { MaxMutatiedagenTweepersoonskamer = 26 }));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-06-05 26", Regel(signaal));
    }

    [Fact]
    public void MaxMutatiedagenParameter_10_TeltTot10()
    {
        // Arrange
        var parameters = Wlz.Rules.Parameters.WlzParameters.Standaard.Aanpassen();
        var engine = new Wlz.Rules.Evaluatie.WlzRuleEngine(new Wlz.Rules.Evaluatie.WlzRulesOptions
        {
            Regelfilter = Wlz.Rules.Engine.RuleFilter.HasTag("Mutatiedagen"),
            Parameters = parameters.MetMaxMutatiedagen(new LocalDate(2015, 1, 1), 10, "test").Build(),
        });

        // Act
        var signaal = Mutatiedag(engine.EvaluateKamer(Dossier(Mei(10), B(Mei(25))), Mei(31)));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-20 10", Regel(signaal));
    }

    [Fact]
    public void Maandgrens_Overlijden25April_IntrekNa13Dagen_TotEnMet8Mei()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(new LocalDate(2015, 4, 25), B(Mei(20)))));

        // Assert
        Assert.Equal("A Z916 2015-04-26 2015-05-08 13", Regel(signaal));
    }

    [Fact]
    public void Jaargrens_Overlijden31December_IntrekOp5Januari_VierDagen()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(new LocalDate(2015, 12, 31), B(new LocalDate(2016, 1, 5))), new LocalDate(2016, 1, 31)));

        // Assert
        Assert.Equal("A Z916 2016-01-01 2016-01-04 4", Regel(signaal));
    }

    [Fact]
    public void Schrikkeljaar_Overlijden20Februari2016_TotEnMet4Maart()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(new LocalDate(2016, 2, 20)), new LocalDate(2016, 3, 31)));

        // Assert
        Assert.Equal("A Z916 2016-02-21 2016-03-04 13", Regel(signaal));
    }

    [Fact]
    public void PeriodeVanSleuteldatumTotIntrek_BinnenDezelfde13Dagen_GeenExtraDagen()
    {
        // Arrange: key on day 2 after the departure, move-in after 20 days.
        var dossier = Dossier(Mei(10), B(Mei(30), Mei(12)));

        // Act
        var signaal = Mutatiedag(Evalueer(dossier));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-23 13", Regel(signaal));
    }

    [Fact]
    public void KeuzeNieuweClientVerhuistIntern_MutatiedagenEindigenVoorSleuteldatum()
    {
        // Act
        var signaal = Mutatiedag(Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15), intern: true))));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-14 4", Regel(signaal));
    }

    [Fact]
    public void KeuzeSleuteldatumOpOfVoorLaatsteDag_IsBevinding_MutatiedagenOngewijzigd()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(8))));

        // Assert
        Assert.Equal("A Z916 2015-05-11 2015-05-21 11", Regel(Mutatiedag(resultaat)));
        var bevinding = Assert.Single(resultaat.SignalenVan<BevindingSignaal>());
        Assert.Equal(("Mutatiedagen.SleuteldatumVoorVertrek", "B", null), (bevinding.Regel.Id, bevinding.ClientId, bevinding.Regelnummer));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void SleuteldatumVoorVertrek_GrensOpLaatsteDag(int sleuteldag, bool bevinding)
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(sleuteldag))));

        // Assert
        Assert.Equal(bevinding, resultaat.SignalenVan<BevindingSignaal>().Any(b => b.Regel.Id == "Mutatiedagen.SleuteldatumVoorVertrek"));
    }

    [Fact]
    public void VerstuurEenMaz_OpHetMomentDatDeClientDaadwerkelijkVerblijft_MetSleuteldatum()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15))));

        // Assert
        var maz = Assert.Single(resultaat.SignalenVan<BerichtadviesSignaal>());
        Assert.Equal((Bericht.Maz, "B", Mei(22), (LocalDate?)Mei(15)), (maz.Bericht, maz.ClientId, maz.Datum, maz.Sleuteldatum));
    }

    [Fact]
    public void Maz_SleuteldatumGelijkAanIntrek_WordtWeggelaten()
    {
        // Act
        var maz = Assert.Single(Evalueer(Dossier(Mei(10), B(Mei(22), Mei(22)))).SignalenVan<BerichtadviesSignaal>());

        // Assert
        Assert.Null(maz.Sleuteldatum);
    }

    [Fact]
    public void Maz_NogGeenIntrek_GeenAdvies()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(null, Mei(15))), Mei(20));

        // Assert
        Assert.Empty(resultaat.SignalenVan<BerichtadviesSignaal>());
        Assert.Empty(resultaat.SignalenVan<AanvangZpSignaal>());
    }

    [Fact]
    public void BijVerhuizingOpDezelfdeLocatieGeenMutEnMaz()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15), intern: true), reden: Vertrekreden.InterneVerhuizing));

        // Assert
        var advies = Assert.Single(resultaat.SignalenVan<BerichtadviesSignaal>());
        Assert.Equal((Bericht.Geen, "B"), (advies.Bericht, advies.ClientId));
        Assert.Empty(resultaat.SignalenVan<AanvangZpSignaal>());
    }

    [Fact]
    public void InterneVerhuizingNaarAndereAgbCode_MutVoorVertrekkende_MazVoorNieuwe()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15), intern: true, vanAndereAgb: true), reden: Vertrekreden.InterneVerhuizing, naarAndereAgb: true));

        // Assert
        var adviezen = resultaat.SignalenVan<BerichtadviesSignaal>().Select(b => (ClientId: b.ClientId.Waarde, b.Bericht)).OrderBy(b => b.ClientId, StringComparer.Ordinal);
        Assert.Equal([("A", Bericht.Mut), ("B", Bericht.Maz)], adviezen);
    }

    [Fact]
    public void Overlijden_GeenMutVoorVertrekkende()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22))));

        // Assert
        Assert.DoesNotContain(resultaat.SignalenVan<BerichtadviesSignaal>(), b => b.Bericht == Bericht.Mut);
    }

    [Fact]
    public void VoorClientenDieVanuitDeThuissituatieKomen_ExtramuraleZorgTotDeIntrek()
    {
        // Act
        var signaal = Assert.Single(Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15), thuis: true))).SignalenVan<ExtramuraleZorgSignaal>());

        // Assert
        Assert.Equal(("B", (LocalDate?)Mei(21)), (signaal.ClientId, signaal.TotEnMet));
    }

    [Fact]
    public void ExtramuraleZorg_NietVanuitThuis_GeenSignaal()
    {
        // Act
        var resultaat = Evalueer(Dossier(Mei(10), B(Mei(22), Mei(15))));

        // Assert
        Assert.Empty(resultaat.SignalenVan<ExtramuraleZorgSignaal>());
    }

    [Fact]
    public void ExtramuraleZorg_NogGeenIntrek_Open()
    {
        // Act
        var signaal = Assert.Single(Evalueer(Dossier(Mei(10), B(null, thuis: true)), Mei(15)).SignalenVan<ExtramuraleZorgSignaal>());

        // Assert
        Assert.Null(signaal.TotEnMet);
    }

    [Fact]
    public void Uitleg_Voorbeeld_NoemtLaatsteDagIntrekEnCode()
    {
        // Act
        var signaal = Mutatiedag(Regelengine.EvaluateKamer(MutatiedagenVoorbeeld.Kamerdossier, MutatiedagenVoorbeeld.Peildatum));

        // Assert
        Assert.Equal(
            "Laatste dag van cliënt A (overlijden): 2015-05-10; mutatiedagen tellen vanaf de dag erna, 2015-05-11. " +
            "Maximaal 13 mutatiedagen per kamer per keer (MaxMutatiedagen), dus uiterlijk t/m 2015-05-23. " +
            "Cliënt B betrekt de kamer feitelijk op 2015-05-22 (sleuteldatum 2015-05-15): mutatiedagen t/m de dag ervoor, 2015-05-21. " +
            "Declarabel: 11 dag(en) Z916 van 2015-05-11 t/m 2015-05-21 (niet toegelaten voor behandeling).",
            signaal.Uitleg);
    }

    [Fact]
    public void EvaluateKamer_OngeldigDossier_AfgewezenNietGeevalueerd()
    {
        // Arrange
        var dossier = Dossier(Mei(10), B(Mei(10)));

        // Act
        var resultaat = Evalueer(dossier);

        // Assert
        Assert.True(resultaat.IsAfgewezen);
        Assert.Empty(resultaat.Signalen);
        Assert.Equal(["WLZ-K005"], resultaat.Afwijzing!.Fouten.Select(f => f.Code));
    }

    [Fact]
    public void EvaluateKamer_NegatieveOptie_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>("opties.MutatiedagenBijInterneVerhuizing", () => Evalueer(Dossier(Mei(10)), opties: new MutatiedagenOpties { MutatiedagenBijInterneVerhuizing = -1 }));
    }

    [Fact]
    public void EvaluateFeitenZonderOpties_GebruiktStandaard()
    {
        // Act
        var signalen = Regelengine.EvaluateFeiten(Dossier(Mei(10), B(Mei(22))).Feiten(), Mei(31));

        // Assert
        var signaal = Assert.Single(signalen.OfType<MutatiedagenSignaal>());
        Assert.Equal(11, signaal.Aantal);
    }

    [Fact]
    public void ClientSessie_ZonderKamerfeiten_GeenMutatiedagensignalen()
    {
        // Act
        var signalen = Regelengine.EvaluateFeiten([new Wlz.Rules.Model.Client { ClientId = "X" }], Mei(31));

        // Assert
        Assert.Empty(signalen);
    }
}
