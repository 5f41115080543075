using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;
using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Tests.Regels.InstellingsvreemdZorgprofiel;

public sealed class InstellingsvreemdPopulatieTests
{
    private const string VgAgb = "73730001";
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly string VvAgb = Testnummers.AgbCode(1).Waarde;

    /// <summary>A VG zorgaanbieder (3VG–5VG) and a VV zorgaanbieder (4VV–6VV).</summary>
    private static readonly Zorgaanbiederregister Register = Zorgaanbieders.ARegister()
        .MetZorgaanbieder(z => z.Agb(VgAgb).Naam("VG-instelling").Gecontracteerd("3VG", "4VG", "5VG"))
        .MetZorgaanbieder(z => z.Naam("VV-instelling").Gecontracteerd("4VV", "5VV", "6VV"))
        .Build();

    [Fact]
    public void InBeperkteMate_AandeelPerZorgaanbieder_TeltLopendeToewijzingen()
    {
        // Act
        var aandelen = InstellingsvreemdAandeel.Bereken(Populatie(), Register, Peildatum);

        // Assert: VG: C1 4VV (vreemd), C2 4VG, C3 6VG, C8 5VV (vreemd), C5 ended, C7 not started → 2 of 4; VV: C4 4VG (vreemd), C6 5VV → 1 of 2.
        Assert.Collection(
            aandelen,
            a =>
            {
                Assert.Equal(VvAgb, a.Zorgaanbieder);
                Assert.Equal((2, 1, 0.5m, false), (a.Totaal, a.Instellingsvreemd, a.Aandeel, a.BovenDrempel));
            },
            a =>
            {
                Assert.Equal(VgAgb, a.Zorgaanbieder);
                Assert.Equal((4, 2, 0.5m, false), (a.Totaal, a.Instellingsvreemd, a.Aandeel, a.BovenDrempel));
            });
    }

    [Theory]
    [InlineData("0.5", false)]
    [InlineData("0.4999", true)]
    public void InBeperkteMate_MetDrempel_BovenDrempelAlleenStrikBoven(string drempel, bool verwacht)
    {
        // Act
        var vg = InstellingsvreemdAandeel.Bereken(Populatie(), Register, Peildatum, decimal.Parse(drempel, System.Globalization.CultureInfo.InvariantCulture))
            .Single(a => a.Zorgaanbieder == VgAgb);

        // Assert
        Assert.Equal(verwacht, vg.BovenDrempel);
        Assert.Equal(verwacht ? "73730001: 2/4 instellingsvreemd (0.5000) boven drempel" : "73730001: 2/4 instellingsvreemd (0.5000)", vg.ToString());
    }

    [Fact]
    public void InBeperkteMate_DrempelBuitenNulTotEen_Werpt()
    {
        // Act
        var fout = Assert.Throws<ArgumentOutOfRangeException>(() => InstellingsvreemdAandeel.Bereken([], Register, Peildatum, 1.5m));

        // Assert
        Assert.Equal("drempel", fout.ParamName);
    }

    [Fact]
    public void InstellingsvreemdLijst_HandgemaaktePopulatie_KomtOvereenMetGoldenFile()
    {
        // Arrange
        var engine = InstellingsvreemdZorgprofielTests.Engine(Register);
        var uitkomsten = new[]
        {
            new Toetsingsuitkomst { ToewijzingId = "T4", Datum = new LocalDate(2026, 4, 15), Besluit = Toetsingsbesluit.AndereAanbieder },
            new Toetsingsuitkomst { ToewijzingId = "T8", Datum = new LocalDate(2026, 4, 20), Besluit = Toetsingsbesluit.Omzetten, OmzettenNaar = Zorgprofielen.Geef(808) },
        };

        // Act
        var signalen = Evalueer(engine, Populatie(), uitkomsten);

        // Assert
        GoldenFile.Verify(SignaalWeergave.Render(signalen, Peildatum), "InstellingsvreemdPopulatieTests.InstellingsvreemdLijst");
    }

    [Fact]
    public void Determinisme_GeschuddePopulatie_ZelfdeUitvoer()
    {
        // Arrange
        var engine = InstellingsvreemdZorgprofielTests.Engine(Register);
        var populatie = Populatie();
        var geschud = populatie.OrderBy(d => d.Client.ClientId.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).Reverse().ToArray();

        // Act
        var origineel = SignaalWeergave.Render(engine.EvaluateAll(populatie, Peildatum).Signalen, Peildatum);
        var uitGeschud = SignaalWeergave.Render(engine.EvaluateAll(geschud, Peildatum).Signalen, Peildatum);

        // Assert
        Assert.Equal(origineel, uitGeschud);
        Assert.Contains("InstellingsvreemdZorgprofiel.ToetsingNodig", origineel, StringComparison.Ordinal);
    }

    private static List<Signaal> Evalueer(Wlz.Rules.Evaluatie.WlzRuleEngine engine, IEnumerable<Dossier> dossiers, IReadOnlyList<Toetsingsuitkomst> uitkomsten)
    {
        var signalen = new List<Signaal>();
        foreach (var dossier in dossiers)
        {
            signalen.AddRange(engine.EvaluateInstellingsvreemd(dossier, uitkomsten, Peildatum));
        }

        return signalen;
    }

    private static Dossier[] Populatie() =>
    [
        Een("C1", "T1", "4VV", VgAgb),
        Een("C2", "T2", "4VG", VgAgb),
        Een("C3", "T3", "6VG", VgAgb),
        Een("C4", "T4", "4VG", VvAgb),
        Een("C5", "T5", "5VG", VgAgb, new LocalDate(2026, 3, 31)),
        Een("C6", "T6", "5VV", VvAgb),
        Een("C8", "T8", "5VV", VgAgb),
        Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId("C7"))
            .MetIndicatie(i => i.Profiel("3VG").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T7").Profiel("3VG").Zorgaanbieder(VgAgb).Toegewezen(2026, 4, 20).Ingang(2026, 6, 1))
            .MetAat(a => a.OpToewijzing("T7").Profiel("5VV").Ontvangen(2026, 4, 28))
            .Build(),
    ];

    private static Dossier Een(string client, string toewijzing, string profiel, string agb, LocalDate? einde = null) =>
        Dossiers.ADossier(Peildatum)
            .MetClient(c => c.ClientId(client))
            .MetIndicatie(i => i.Profiel(profiel).Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id(toewijzing).Profiel(profiel).Zorgaanbieder(agb).Ingang(2025, 1, 1).Einde(einde))
            .Build();
}
