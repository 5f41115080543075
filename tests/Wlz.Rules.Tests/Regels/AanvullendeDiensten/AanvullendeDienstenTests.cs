using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Regels.AanvullendeDiensten;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Regels.AanvullendeDiensten;

public sealed class AanvullendeDienstenTests
{
    private const string Agb = "73730001";
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly WlzRuleEngine Engine = new(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag("AanvullendeDiensten") });

    [Fact]
    public void GeenBijbetalingenVoorWlzVerzekerdeZorg_ExtraWasDoorZiekte_BijbetalingVoorVerzekerdeZorg()
    {
        // Arrange
        var dienst = Dienst("D1", "extra-was-door-ziekte", 1_250) with { Omschrijving = "Extra was bij incontinentie" };

        // Act
        var signaal = Assert.Single(Evalueer([dienst], [Betaling("B1", "D1", 1_250)]));

        // Assert
        Assert.Equal("AanvullendeDiensten.BijbetalingVoorVerzekerdeZorg", signaal.Regel.Id);
        Assert.Equal(AanvullendeDienstBevinding.BijbetalingVoorVerzekerdeZorg, signaal.Bevinding);
        Assert.Equal(("C1", "B1", Agb), (signaal.ClientId, signaal.Onderwerp, signaal.Zorgaanbieder));
        Assert.Equal(
            "Bijbetaling voor Wlz-verzekerde zorg. Bijbetaling B1 van 2026-04-10 (€ 12,50) is voor dienst D1 'Extra was bij incontinentie' in categorie 'extra-was-door-ziekte' (Extra wassen van kleding dat door de ziekte nodig is), die tot de Wlz-verzekerde zorg behoort volgens Zorginstituut Nederland, standpunt wassen van kleding, 2009-05-19 (FACTS.md §9).",
            signaal.Uitleg);
    }

    [Theory]
    [InlineData("was-eigen-kleding")]
    [InlineData("stomerij-eigen-kleding")]
    [InlineData("kabelabonnement")]
    [InlineData("onbekende-categorie")]
    public void GeenBijbetalingenVoorWlzVerzekerdeZorg_NietVerzekerdeOfOnbekendeCategorie_GeenSignaal(string categorie)
    {
        // Act
        var signalen = Evalueer([Dienst("D1", categorie, 1_250)], [Betaling("B1", "D1", 1_250)]);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void VerzekerdeZorgcatalogus_DoorGebruikerUitgebreid_BijbetalingVoorVerzekerdeZorg()
    {
        // Arrange: the user marks "persoonlijke-verzorging" as insured.
        var catalogus = VerzekerdeZorgcatalogus.Standaard.Met(new Dienstcategorie("persoonlijke-verzorging", "Persoonlijke verzorging", true, "eigen beleid"));
        var dossier = Dossier([Dienst("D1", "persoonlijke-verzorging", 500)], [Betaling("B1", "D1", 500)]);

        // Act
        var signalen = Engine.EvaluateAanvullendeDiensten(dossier, Peildatum, catalogus);

        // Assert
        Assert.Equal("AanvullendeDiensten.BijbetalingVoorVerzekerdeZorg", Assert.Single(signalen).Regel.Id);
        Assert.Empty(Engine.EvaluateAanvullendeDiensten(dossier, Peildatum));
    }

    [Fact]
    public void VerzekerdeZorgcatalogus_VervangtBestaandeCode_NieuweClassificatieGeldt()
    {
        // Act
        var catalogus = VerzekerdeZorgcatalogus.Standaard.Met(new Dienstcategorie("kabelabonnement", "Kabel", true, "test"));

        // Assert
        Assert.True(catalogus.IsVerzekerd("kabelabonnement"));
        Assert.False(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("kabelabonnement"));
        Assert.Equal(5, catalogus.Categorieen.Count);
    }

    [Fact]
    public void VerzekerdeZorgcatalogus_DubbeleCode_Werpt()
    {
        // Act
        var fout = Assert.Throws<ArgumentException>(() => new VerzekerdeZorgcatalogus(
            [new Dienstcategorie("a", "A", true, "x"), new Dienstcategorie("a", "A", false, "x")]));

        // Assert
        Assert.Equal("categorieen", fout.ParamName);
    }

    [Fact]
    public void VerzekerdeZorgcatalogus_Standaard_ExtraWasVerzekerdReguliereWasNiet()
    {
        // Assert
        Assert.True(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("extra-was-door-ziekte"));
        Assert.True(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("dagbesteding"));
        Assert.False(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("was-eigen-kleding"));
        Assert.False(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("stomerij-eigen-kleding"));
        Assert.False(VerzekerdeZorgcatalogus.Standaard.IsVerzekerd("kabelabonnement"));
        Assert.All(VerzekerdeZorgcatalogus.Standaard.Categorieen, c => Assert.False(string.IsNullOrWhiteSpace(c.Bron)));
    }

    [Fact]
    public void BekendMaaktWelkeAanvullendeDienstenErZijn_NietGepubliceerd_Signaleert()
    {
        // Arrange
        var dienst = Dienst("D1", "kabelabonnement", 1_995) with { Gepubliceerd = false };

        // Act
        var signaal = Assert.Single(Evalueer([dienst], []));

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.NietGepubliceerd, signaal.Bevinding);
        Assert.Equal((string.Empty, "D1"), (signaal.ClientId, signaal.Onderwerp));
        Assert.Equal("Aanvullende dienst niet bekendgemaakt. Dienst D1 'Kabelabonnement' (tarief € 19,95) staat niet op de website of in folders.", signaal.Uitleg);
    }

    [Fact]
    public void BekendMaaktWelkeAanvullendeDienstenErZijn_GratisDienstNietGepubliceerd_Signaleert()
    {
        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 0) with { Gepubliceerd = false }], []);

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.NietGepubliceerd, Assert.Single(signalen).Bevinding);
    }

    [Fact]
    public void DoorDeClientenraadGoedgekeurd_GeenGoedkeuring_NietGoedgekeurd()
    {
        // Arrange
        var dienst = Dienst("D1", "kabelabonnement", 1_995) with { GoedgekeurdDoorClientenraadOp = null };

        // Act
        var signaal = Assert.Single(Evalueer([dienst], []));

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.NietGoedgekeurd, signaal.Bevinding);
        Assert.Equal(
            "Niet goedgekeurd door de cliëntenraad. Dienst D1 'Kabelabonnement' (tarief € 19,95) heeft op peildatum 2026-05-04 geen goedkeuring van de cliëntenraad.",
            signaal.Uitleg);
    }

    [Theory]
    [InlineData(2026, 5, 4, false)]
    [InlineData(2026, 5, 5, true)]
    public void DoorDeClientenraadGoedgekeurd_GoedkeuringRondPeildatum_GoedkeuringsdatumTeltAlsGoedgekeurd(int jaar, int maand, int dag, bool verwacht)
    {
        // Arrange
        var dienst = Dienst("D1", "kabelabonnement", 1_995) with { GoedgekeurdDoorClientenraadOp = new LocalDate(jaar, maand, dag) };

        // Act
        var signalen = Evalueer([dienst], []);

        // Assert
        if (verwacht)
        {
            var signaal = Assert.Single(signalen);
            Assert.Equal(
                "Niet goedgekeurd door de cliëntenraad. Dienst D1 'Kabelabonnement' (tarief € 19,95) wordt pas op 2026-05-05 goedgekeurd, na peildatum 2026-05-04.",
                signaal.Uitleg);
        }
        else
        {
            Assert.Empty(signalen);
        }
    }

    [Fact]
    public void InhoudEnTariefGoedgekeurd_TariefVerhoogdNaGoedkeuring_TariefWijktAf()
    {
        // Arrange
        var dienst = Dienst("D1", "kabelabonnement", 2_195) with { GoedgekeurdTariefInEurocent = 1_995 };

        // Act
        var signaal = Assert.Single(Evalueer([dienst], []));

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.TariefWijktAfVanGoedgekeurd, signaal.Bevinding);
        Assert.Equal(
            "Tarief wijkt af van het goedgekeurde tarief. Dienst D1 'Kabelabonnement' kost € 21,95; de cliëntenraad keurde op 2026-01-15 € 19,95 goed.",
            signaal.Uitleg);
    }

    [Fact]
    public void InhoudEnTariefGoedgekeurd_GoedkeuringZonderApartTarief_DektHetTarief()
    {
        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [Betaling("B1", "D1", 1_995)]);

        // Assert
        Assert.Empty(signalen);
    }

    [Theory]
    [InlineData(3_990, 2, false)]
    [InlineData(3_990, 1, true)]
    [InlineData(1_000, 1, true)]
    public void InhoudEnTariefGoedgekeurd_BedragTegenAnderTarief_BedragWijktAf(long bedrag, int aantal, bool verwacht)
    {
        // Arrange
        var bijbetaling = Betaling("B1", "D1", bedrag) with { Aantal = aantal };

        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [bijbetaling]);

        // Assert
        Assert.Equal(verwacht ? [AanvullendeDienstBevinding.BedragWijktAfVanGoedgekeurd] : [], signalen.Select(s => s.Bevinding));
    }

    [Fact]
    public void InhoudEnTariefGoedgekeurd_BedragTegenAnderTarief_UitlegNoemtBerekening()
    {
        // Act
        var signaal = Assert.Single(Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [Betaling("B1", "D1", 2_500) with { Aantal = 1 }]));

        // Assert
        Assert.Equal(
            "Bedrag wijkt af van het goedgekeurde tarief. Bijbetaling B1 van 2026-04-10 is € 25,00 voor 1 x dienst D1 'Kabelabonnement'; goedgekeurd is 1 x € 19,95 = € 19,95 (cliëntenraad, 2026-01-15).",
            signaal.Uitleg);
    }

    [Theory]
    [InlineData(2026, 1, 14, true)]
    [InlineData(2026, 1, 15, false)]
    [InlineData(2026, 1, 16, false)]
    public void BijbetalingVoorGoedkeuring_DatumRondGoedkeuring_AlleenVoorGoedkeuringsdatum(int jaar, int maand, int dag, bool verwacht)
    {
        // Arrange: approved on 2026-01-15.
        var bijbetaling = Betaling("B1", "D1", 1_995) with { Datum = new LocalDate(jaar, maand, dag) };

        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [bijbetaling]);

        // Assert
        Assert.Equal(verwacht ? [AanvullendeDienstBevinding.BijbetalingVoorGoedkeuring] : [], signalen.Select(s => s.Bevinding));
    }

    [Fact]
    public void BijbetalingVoorGoedkeuring_DienstNooitGoedgekeurd_SignaleertBijbetalingEnDienst()
    {
        // Arrange
        var dienst = Dienst("D1", "kabelabonnement", 1_995) with { GoedgekeurdDoorClientenraadOp = null };

        // Act
        var signalen = Evalueer([dienst], [Betaling("B1", "D1", 1_995)]);

        // Assert
        Assert.Equal(
            [AanvullendeDienstBevinding.NietGoedgekeurd, AanvullendeDienstBevinding.BijbetalingVoorGoedkeuring],
            signalen.Select(s => s.Bevinding).Order());
        Assert.Equal(
            "Bijbetaling zonder goedkeuring. Bijbetaling B1 van 2026-04-10 (€ 19,95) voor dienst D1 'Kabelabonnement' is gedaan, maar de cliëntenraad heeft de dienst niet goedgekeurd.",
            signalen.Single(s => s.Bevinding == AanvullendeDienstBevinding.BijbetalingVoorGoedkeuring).Uitleg);
    }

    [Theory]
    [InlineData(2_500, false)]
    [InlineData(2_501, true)]
    public void GeenOnredelijkHogeBedragen_MaximumInCatalogus_AlleenStriktBovenMaximum(long tarief, bool verwacht)
    {
        // Arrange
        var catalogus = VerzekerdeZorgcatalogus.Standaard.Met(
            new Dienstcategorie("kabelabonnement", "Kabelabonnement", false, "eigen norm 2026") { RedelijkMaximumInEurocent = 2_500 });
        var dossier = Dossier([Dienst("D1", "kabelabonnement", tarief) with { GoedgekeurdTariefInEurocent = tarief }], []);

        // Act
        var signalen = Engine.EvaluateAanvullendeDiensten(dossier, Peildatum, catalogus);

        // Assert
        if (!verwacht)
        {
            Assert.Empty(signalen);
            return;
        }

        var signaal = Assert.IsType<AanvullendeDienstSignaal>(Assert.Single(signalen));
        Assert.Equal(AanvullendeDienstBevinding.TariefOnredelijkHoog, signaal.Bevinding);
        Assert.Equal(
            "Onredelijk hoog tarief. Dienst D1 'Kabelabonnement' kost € 25,01; voor categorie 'kabelabonnement' is € 25,00 het redelijke maximum volgens de catalogus (eigen norm 2026).",
            signaal.Uitleg);
    }

    [Fact]
    public void GeenOnredelijkHogeBedragen_StandaardCatalogusZonderMaximum_GeenSignaal()
    {
        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 999_999)], []);

        // Assert
        Assert.Empty(signalen);
        Assert.All(VerzekerdeZorgcatalogus.Standaard.Categorieen, c => Assert.Null(c.RedelijkMaximumInEurocent));
    }

    [Fact]
    public void ClientenNietVerplicht_DienstVerplichtGesteld_Signaleert()
    {
        // Arrange
        var dienst = Dienst("D1", "was-eigen-kleding", 3_500) with { Omschrijving = "Wasservice", VerplichtGesteld = true };

        // Act
        var signaal = Assert.Single(Evalueer([dienst], []));

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.VerplichtGesteld, signaal.Bevinding);
        Assert.Equal(
            "Aanvullende dienst verplicht gesteld. Dienst D1 'Wasservice' is verplicht gesteld; cliënten zijn niet verplicht de diensten af te nemen.",
            signaal.Uitleg);
    }

    [Fact]
    public void TransparantOverBijbetalingen_BijbetalingVoorOnbekendeDienst_Signaleert()
    {
        // Act
        var signaal = Assert.Single(Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [Betaling("B1", "D1", 1_995), Betaling("B2", "D9", 750)]));

        // Assert
        Assert.Equal(AanvullendeDienstBevinding.BijbetalingZonderBekendeDienst, signaal.Bevinding);
        Assert.Equal(("C1", "B2", Agb), (signaal.ClientId, signaal.Onderwerp, signaal.Zorgaanbieder));
        Assert.Equal(
            "Bijbetaling voor onbekende dienst. Bijbetaling B2 van 2026-04-10 (€ 7,50) noemt dienst D9, die niet bij de aangeboden aanvullende diensten van de zorgaanbieder staat.",
            signaal.Uitleg);
    }

    [Fact]
    public void Peildatum_BijbetalingNaPeildatum_Genegeerd()
    {
        // Arrange
        var bijbetaling = Betaling("B1", "D9", 1_995) with { Datum = new LocalDate(2026, 5, 5) };

        // Act
        var signalen = Evalueer([Dienst("D1", "kabelabonnement", 1_995)], [bijbetaling]);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ClientDossier_AanvullendeDienstenRegels_MatchenNietInClientsessie()
    {
        // Arrange
        var dossier = Dossiers.ADossier(Peildatum).MetToewijzing().Build();

        // Act
        var resultaat = Engine.Evaluate(dossier, Peildatum);

        // Assert
        Assert.False(resultaat.IsAfgewezen);
        Assert.Empty(resultaat.Signalen);
    }

    [Fact]
    public void Regels_AlleRegelsVanDeSet_HebbenBronEnTag()
    {
        // Act
        var regels = Engine.Regels;

        // Assert
        Assert.Equal(9, regels.Count);
        Assert.All(regels, r => Assert.Contains(r.Sources, s => s.Document == AanvullendeDienstenLijsten.Document));
        Assert.All(regels, r => Assert.Equal(["AanvullendeDiensten"], r.Tags));
    }

    [Fact]
    public void Euro_Bedragen_NederlandseNotatie()
    {
        // Assert
        Assert.Equal("€ 0,05", AanvullendeDienstSignaal.Euro(5));
        Assert.Equal("€ 1.234,50", AanvullendeDienstSignaal.Euro(123_450));
        Assert.Equal("€ 1.234.567,00", AanvullendeDienstSignaal.Euro(123_456_700));
        Assert.Equal("-€ 2,00", AanvullendeDienstSignaal.Euro(-200));
    }

    internal static AanvullendeDienst Dienst(string id, string categorie, long tarief) => new()
    {
        Id = id,
        Zorgaanbieder = AgbCode.Parse(Agb),
        Omschrijving = categorie == "kabelabonnement" ? "Kabelabonnement" : "Dienst " + categorie,
        Categorie = categorie,
        TariefInEurocent = tarief,
        Gepubliceerd = true,
        GoedgekeurdDoorClientenraadOp = new LocalDate(2026, 1, 15),
    };

    internal static Bijbetaling Betaling(string id, string dienstId, long bedrag) => new()
    {
        Id = id,
        ClientId = "C1",
        DienstId = dienstId,
        Datum = new LocalDate(2026, 4, 10),
        BedragInEurocent = bedrag,
    };

    private static AanvullendeDienstenDossier Dossier(IReadOnlyList<AanvullendeDienst> diensten, IReadOnlyList<Bijbetaling> bijbetalingen) =>
        new() { Zorgaanbieder = AgbCode.Parse(Agb), Diensten = diensten, Bijbetalingen = bijbetalingen };

    private static List<AanvullendeDienstSignaal> Evalueer(IReadOnlyList<AanvullendeDienst> diensten, IReadOnlyList<Bijbetaling> bijbetalingen) =>
        Engine.EvaluateAanvullendeDiensten(Dossier(diensten, bijbetalingen), Peildatum).Cast<AanvullendeDienstSignaal>().ToList();
}
