using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Regels.InstellingsvreemdZorgprofiel;

public sealed class InstellingsvreemdZorgprofielTests
{
    private const string Agb = "73730001";
    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    /// <summary>A VG zorgaanbieder contracted for 3VG, 4VG and 5VG (so toegelaten for VG only).</summary>
    private static readonly Zorgaanbiederregister VgRegister = Zorgaanbieders.ARegister()
        .MetZorgaanbieder(z => z.Agb(Agb).Naam("VG-instelling").Gecontracteerd("3VG", "4VG", "5VG"))
        .Build();

    [Fact]
    public void InstellingsvreemdZorgprofielWanneerNietToegelatenVoorHetProfiel_ProfielUitAndereSector_ToetsingNodig()
    {
        // Arrange
        var dossier = Dossier("4VV");

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal("InstellingsvreemdZorgprofiel.ToetsingNodig", signaal.Regel.Id);
        Assert.Equal(InstellingsvreemdBevinding.ToetsingNodig, signaal.Bevinding);
        Assert.Equal("C1", signaal.ClientId);
        Assert.Equal(Agb, signaal.Zorgaanbieder);
        Assert.Equal("T1", signaal.Onderwerp);
        Assert.Equal("VG", signaal.ToegelatenSectoren);
        Assert.Equal(
            "Instellingsvreemd: toetsing nodig. Toewijzing T1 heeft zorgprofiel 753 4VV (sector VV); zorgaanbieder 73730001 is toegelaten voor VG. Er is nog geen toetsingsuitkomst.",
            signaal.Uitleg);
        Assert.Same(InstellingsvreemdLijsten.Instellingsvreemd, signaal.Lijst);
    }

    [Fact]
    public void InstellingsvreemdZorgprofielWanneerNietToegelatenVoorHetProfiel_ProfielUitToegelatenSector_GeenSignaal()
    {
        // Arrange
        var dossier = Dossier("4VG");

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void InBeperkteMateZorgprofielenUitEenAndereSector_GecontracteerdProfielUitAndereSector_BlijftToetsingNodigMetVermelding()
    {
        // Arrange: toegelaten for VG, but 4VV is in the productafspraak ("in beperkte mate").
        var zorgaanbieder = new Zorgaanbieder
        {
            AgbCode = AgbCode.Parse(Agb),
            Naam = "VG-instelling met VV-afspraak",
            ToegelatenSectoren = new HashSet<Sector> { Sector.Vg },
            GecontracteerdeZorgprofielen = new HashSet<Zorgprofiel> { Zorgprofielen.Geef(806), Zorgprofielen.Geef(753) },
        };
        var dossier = Dossier("4VV");

        // Act
        var signalen = Engine(new Zorgaanbiederregister([zorgaanbieder])).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal(InstellingsvreemdBevinding.ToetsingNodig, signaal.Bevinding);
        Assert.Equal(
            "Instellingsvreemd: toetsing nodig. Toewijzing T1 heeft zorgprofiel 753 4VV (sector VV); zorgaanbieder 73730001 is toegelaten voor VG (het profiel staat wel in de productafspraak). Er is nog geen toetsingsuitkomst.",
            signaal.Uitleg);
    }

    [Fact]
    public void SetZorgprofielenAfgesproken_ToegelatenSectorMaarNietGecontracteerd_ProductafspraakOntbreekt()
    {
        // Arrange: 6VG is of the toegelaten sector VG, but not in the productafspraak.
        var dossier = Dossier("6VG");

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal("InstellingsvreemdZorgprofiel.ProductafspraakOntbreekt", signaal.Regel.Id);
        Assert.Equal(InstellingsvreemdBevinding.ProductafspraakOntbreekt, signaal.Bevinding);
        Assert.Equal(
            "Productafspraak ontbreekt. Toewijzing T1 heeft zorgprofiel 810 6VG (sector VG); zorgaanbieder 73730001 is voor die sector toegelaten, maar het profiel staat niet in de afgesproken set zorgprofielen (3 profielen).",
            signaal.Uitleg);
    }

    [Fact]
    public void ZonderProductafspraakInRegister_ToegelatenSector_GeenSignaal()
    {
        // Arrange: the register knows the toelating but no gecontracteerde zorgprofielen.
        var zorgaanbieder = new Zorgaanbieder
        {
            AgbCode = AgbCode.Parse(Agb),
            Naam = "VG-instelling zonder productafspraak",
            ToegelatenSectoren = new HashSet<Sector> { Sector.Vg },
        };

        // Act
        var signalen = Engine(new Zorgaanbiederregister([zorgaanbieder])).Evaluate(Dossier("6VG"), Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Theory]
    [InlineData("2026-05-03", false)]
    [InlineData("2026-05-04", true)]
    [InlineData("2026-05-05", true)]
    public void AlleenLopendeToewijzingen_EinddatumRondPeildatum_SignaleertVanafPeildatum(string einddatum, bool verwacht)
    {
        // Arrange
        var einde = NodaTime.Text.LocalDatePattern.Iso.Parse(einddatum).Value;
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder(Agb).Ingang(2025, 1, 1).Einde(einde))
            .Build();

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        Assert.Equal(verwacht ? 1 : 0, signalen.Count);
    }

    [Fact]
    public void AlleenLopendeToewijzingen_IngetrokkenToewijzing_GeenSignaal()
    {
        // Arrange
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder(Agb).Ingang(2025, 1, 1).Ingetrokken(RedenIntrekking.Herindicatie))
            .Build();

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ToekomstigeToewijzing_IngangNaPeildatum_ToetsingNodig()
    {
        // Arrange: an aanvraag for a toewijzing that starts next month is toetsed before it starts.
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder(Agb).Toegewezen(2026, 5, 1).Ingang(2026, 6, 1))
            .Build();

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        Assert.Equal(InstellingsvreemdBevinding.ToetsingNodig, Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen)).Bevinding);
    }

    [Fact]
    public void OnbekendeZorgaanbieder_AgbNietInRegister_GeenSignaal()
    {
        // Act
        var signalen = Engine(Zorgaanbiederregister.Leeg).Evaluate(Dossier("4VV"), Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void SectorOverig_Partnerverblijf_NooitInstellingsvreemd()
    {
        // Arrange
        var zorgaanbieder = VgRegister.Alle[0];

        // Act
        bool vreemd = Instellingsvreemdheid.IsInstellingsvreemd(zorgaanbieder, Zorgprofielen.Geef(999));

        // Assert
        Assert.False(vreemd);
        Assert.True(Instellingsvreemdheid.IsInstellingsvreemd(zorgaanbieder, Zorgprofielen.Geef(753)));
    }

    [Fact]
    public void BijElkeAanvraagToetsen_AatVraagtProfielUitAndereSector_AanvraagToetsingNodig()
    {
        // Arrange
        var dossier = DossierMetAat("4VV", new LocalDate(2026, 5, 1));

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal("InstellingsvreemdZorgprofiel.AanvraagToetsingNodig", signaal.Regel.Id);
        Assert.Equal(753, signaal.Zorgprofiel.Code);
        Assert.Equal(
            "Instellingsvreemd: toetsing nodig. De AAT op toewijzing T1, ontvangen 2026-05-01, vraagt zorgprofiel 753 4VV (sector VV); zorgaanbieder 73730001 is toegelaten voor VG.",
            signaal.Uitleg);
    }

    [Fact]
    public void BijElkeAanvraagToetsen_AatVraagtInstellingseigenProfiel_GeenSignaal()
    {
        // Act
        var signalen = Engine(VgRegister).Evaluate(DossierMetAat("5VG", new LocalDate(2026, 5, 1)), Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void BijElkeAanvraagToetsen_AatOntvangenNaPeildatum_GeenSignaal()
    {
        // Act
        var signalen = Engine(VgRegister).Evaluate(DossierMetAat("4VV", new LocalDate(2026, 5, 5)), Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void BijElkeAanvraagToetsen_AatVerwijderd_GeenSignaal()
    {
        // Arrange
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VG").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VG").Zorgaanbieder(Agb).Ingang(2025, 1, 1))
            .MetAat(a => a.OpToewijzing("T1").Profiel("4VV").Ontvangen(2026, 5, 1).Verwijderd())
            .Build();

        // Act
        var signalen = Engine(VgRegister).Evaluate(dossier, Peildatum).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void BijElkeAanvraagToetsen_UitkomstVoorOntvangstVanNieuweAat_AanvraagToetsingNodig()
    {
        // Arrange: an uitkomst of 30 April (about an earlier aanvraag); a new AAT arrives on 1 May
        var dossier = DossierMetAat("4VV", new LocalDate(2026, 5, 1));
        var uitkomst = Uitkomst(Toetsingsbesluit.Leveren, new LocalDate(2026, 4, 30));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(dossier, [uitkomst], Peildatum);

        // Assert
        Assert.Equal("InstellingsvreemdZorgprofiel.AanvraagToetsingNodig", Assert.Single(signalen).Regel.Id);
    }

    [Theory]
    [InlineData(2026, 5, 1)]
    [InlineData(2026, 5, 2)]
    public void BijElkeAanvraagToetsen_UitkomstOpOfNaOntvangstdatumVanAat_GeenSignaal(int jaar, int maand, int dag)
    {
        // Arrange
        var dossier = DossierMetAat("4VV", new LocalDate(2026, 5, 1));
        var uitkomst = Uitkomst(Toetsingsbesluit.Leveren, new LocalDate(jaar, maand, dag));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(dossier, [uitkomst], Peildatum);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ToetsingsuitkomstLeveren_InstellingsvreemdeToewijzing_GeenSignaal()
    {
        // Arrange
        var uitkomst = Uitkomst(Toetsingsbesluit.Leveren, new LocalDate(2026, 4, 1));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(Dossier("4VV"), [uitkomst], Peildatum);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ToetsingsuitkomstVanAndereToewijzing_InstellingsvreemdeToewijzing_ToetsingNodig()
    {
        // Arrange
        var uitkomst = Uitkomst(Toetsingsbesluit.Leveren, new LocalDate(2026, 4, 1)) with { ToewijzingId = "T9" };

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(Dossier("4VV"), [uitkomst], Peildatum);

        // Assert
        Assert.Equal("InstellingsvreemdZorgprofiel.ToetsingNodig", Assert.Single(signalen).Regel.Id);
    }

    [Theory]
    [InlineData(2026, 5, 4, false)]
    [InlineData(2026, 5, 3, true)]
    public void OmgezetNaarInstellingseigenZorgprofiel_ToewijzingLooptNaBesluitdatum_OmzettenNietVerwerkt(int jaar, int maand, int dag, bool verwacht)
    {
        // Arrange: besluitdatum on the peildatum (allowed) or the day before (finding).
        var uitkomst = Uitkomst(Toetsingsbesluit.Omzetten, new LocalDate(jaar, maand, dag)) with { OmzettenNaar = Zorgprofielen.Geef(806) };

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(Dossier("4VV"), [uitkomst], Peildatum);

        // Assert
        if (!verwacht)
        {
            Assert.Empty(signalen);
            return;
        }

        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal("InstellingsvreemdZorgprofiel.OmzettenNietVerwerkt", signaal.Regel.Id);
        Assert.Same(uitkomst, signaal.Uitkomst);
        Assert.Equal(
            "Besluit omzetten niet verwerkt. Op 2026-05-03 is besloten toewijzing T1 om te zetten naar instellingseigen zorgprofiel 806 4VG; op peildatum 2026-05-04 loopt de toewijzing met instellingsvreemd zorgprofiel 753 4VV nog na de besluitdatum (einddatum geen).",
            signaal.Uitleg);
    }

    [Fact]
    public void OmgezetNaarInstellingseigenZorgprofiel_ToewijzingBeeindigdOpBesluitdatumNaPeildatum_GeenSignaal()
    {
        // Arrange: besluit on 2026-04-01; toewijzing ends on that date — after the peildatum it is no longer current.
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder(Agb).Ingang(2025, 1, 1).Einde(2026, 5, 10))
            .Build();
        var uitkomst = Uitkomst(Toetsingsbesluit.Omzetten, new LocalDate(2026, 5, 10));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(dossier, [uitkomst], new LocalDate(2026, 5, 10));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ToegewezenAanAndereAanbieder_ToewijzingNogGeldig_AndereAanbiederNietVerwerkt()
    {
        // Arrange
        var uitkomst = Uitkomst(Toetsingsbesluit.AndereAanbieder, new LocalDate(2026, 4, 1));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(Dossier("4VV"), [uitkomst], Peildatum);

        // Assert
        var signaal = Assert.IsType<InstellingsvreemdSignaal>(Assert.Single(signalen));
        Assert.Equal(InstellingsvreemdBevinding.AndereAanbiederNietVerwerkt, signaal.Bevinding);
        Assert.Equal(
            "Besluit andere aanbieder niet verwerkt. Op 2026-04-01 is besloten dat de cliënt naar een andere aanbieder gaat; op peildatum 2026-05-04 is toewijzing T1 bij zorgaanbieder 73730001 nog geldig (ingangsdatum 2025-01-01, einddatum geen).",
            signaal.Uitleg);
    }

    [Fact]
    public void ToegewezenAanAndereAanbieder_ToewijzingNogNietIngegaan_GeenSignaal()
    {
        // Arrange
        var dossier = Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder(Agb).Toegewezen(2026, 4, 1).Ingang(2026, 6, 1))
            .Build();
        var uitkomst = Uitkomst(Toetsingsbesluit.AndereAanbieder, new LocalDate(2026, 4, 2));

        // Act
        var signalen = Engine(VgRegister).EvaluateInstellingsvreemd(dossier, [uitkomst], Peildatum);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void EvaluateInstellingsvreemd_ZonderUitkomsten_ZelfdeSignalenAlsEvaluate()
    {
        // Arrange
        var engine = Engine(VgRegister);
        var dossier = Dossier("4VV");

        // Act
        var viaFacade = engine.Evaluate(dossier, Peildatum).Signalen;
        var viaUitkomsten = engine.EvaluateInstellingsvreemd(dossier, [], Peildatum);

        // Assert
        Assert.Equal(viaFacade.Select(s => s.Uitleg), viaUitkomsten.Select(s => s.Uitleg));
    }

    [Fact]
    public void Regels_AlleRegelsVanDeSet_HebbenBronEnTag()
    {
        // Act
        var regels = Engine(VgRegister).Regels;

        // Assert
        Assert.Equal(
            [
                "InstellingsvreemdZorgprofiel.AanvraagToetsingNodig",
                "InstellingsvreemdZorgprofiel.AndereAanbiederNietVerwerkt",
                "InstellingsvreemdZorgprofiel.InstellingsvreemdeToewijzing",
                "InstellingsvreemdZorgprofiel.OmzettenNietVerwerkt",
                "InstellingsvreemdZorgprofiel.ProductafspraakOntbreekt",
                "InstellingsvreemdZorgprofiel.ToetsingNodig",
            ],
            regels.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(regels, r => Assert.Contains(r.Sources, s => s.Document == InstellingsvreemdLijsten.Document && s.Section == InstellingsvreemdLijsten.Sectie));
        Assert.All(regels, r => Assert.Equal(["InstellingsvreemdZorgprofiel"], r.Tags));
    }

    internal static WlzRuleEngine Engine(Zorgaanbiederregister register) =>
        new(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag("InstellingsvreemdZorgprofiel"), Zorgaanbieders = register });

    private static Toetsingsuitkomst Uitkomst(Toetsingsbesluit besluit, LocalDate datum) =>
        new() { ToewijzingId = "T1", Datum = datum, Besluit = besluit };

    private static Dossier Dossier(string profiel) =>
        Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel(profiel).Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel(profiel).Zorgaanbieder(Agb).Ingang(2025, 1, 1))
            .Build();

    private static Dossier DossierMetAat(string aatProfiel, LocalDate ontvangen) =>
        Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VG").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VG").Zorgaanbieder(Agb).Ingang(2025, 1, 1))
            .MetAat(a => a.OpToewijzing("T1").Profiel(aatProfiel).Ontvangen(ontvangen))
            .Build();
}
