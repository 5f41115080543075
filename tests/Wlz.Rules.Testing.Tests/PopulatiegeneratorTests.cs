using System.Collections;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Testing.Tests;

public sealed class PopulatiegeneratorTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    [Fact]
    public void Dossiers_SameSeed_GiveTheSameJson()
    {
        // Arrange
        var a = new Populatiegenerator(2_000, 50, seed: 7, Peildatum);
        var b = new Populatiegenerator(2_000, 50, seed: 7, Peildatum);

        // Act
        var jsonA = WlzJson.SchrijfDossiers(a.Dossiers());
        var jsonB = WlzJson.SchrijfDossiers(b.Dossiers());

        // Assert
        Assert.Equal(jsonA, jsonB);
        Assert.Equal(a.Register.Alle.Select(Beschrijf), b.Register.Alle.Select(Beschrijf));
    }

    [Fact]
    public void Dossiers_DifferentSeed_GiveADifferentPopulation()
    {
        // Arrange
        var a = new Populatiegenerator(500, 50, seed: 7, Peildatum);
        var b = new Populatiegenerator(500, 50, seed: 8, Peildatum);

        // Act
        var jsonA = WlzJson.SchrijfDossiers(a.Dossiers());
        var jsonB = WlzJson.SchrijfDossiers(b.Dossiers());

        // Assert
        Assert.NotEqual(jsonA, jsonB);
        Assert.NotEqual(a.Register.Alle.Select(Beschrijf), b.Register.Alle.Select(Beschrijf));
    }

    [Fact]
    public void Dossiers_SliceAndSingleAndParallel_EqualTheSequentialPass()
    {
        // Arrange
        var generator = new Populatiegenerator(3_000, 40, seed: 11, Peildatum);
        var sequentieel = generator.Dossiers().Select(d => WlzJson.SchrijfDossiers([d])).ToArray();

        // Act
        var slice = generator.Dossiers(1_203, 300).Select(d => WlzJson.SchrijfDossiers([d])).ToArray();
        var los = WlzJson.SchrijfDossiers([generator.MaakDossier(2_999)]);
        var parallel = Enumerable.Range(0, 6).AsParallel()
            .SelectMany(p => generator.Dossiers(p * 500, 500).Select((d, i) => (Index: (p * 500) + i, Json: WlzJson.SchrijfDossiers([d]))))
            .OrderBy(x => x.Index)
            .Select(x => x.Json)
            .ToArray();

        // Assert
        Assert.Equal(sequentieel[1_203..1_503], slice);
        Assert.Equal(sequentieel[2_999], los);
        Assert.Equal(sequentieel, parallel);
    }

    [Fact]
    public void Dossiers_Sample10k_AllPassTheDossierValidator()
    {
        // Arrange
        var generator = new Populatiegenerator(10_000, 120, seed: 2026, Peildatum);
        var validator = new DossierValidator();

        // Act
        var afgewezen = generator.Dossiers()
            .Select(d => (Dossier: d, Fouten: validator.Valideer(d)))
            .Where(x => x.Fouten.Count > 0)
            .Take(5)
            .Select(x => $"{x.Dossier}: {string.Join("; ", x.Fouten)}")
            .ToList();

        // Assert
        Assert.Empty(afgewezen);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(99, 7)]
    public void Dossiers_TinyRegisterAndOtherPeildata_StillValid(int seed, int aantalZorgaanbieders)
    {
        // Arrange
        var generator = new Populatiegenerator(2_000, aantalZorgaanbieders, seed, new LocalDate(1998, 1, 1).PlusDays(seed * 100));
        var validator = new DossierValidator();

        // Act
        var fouten = generator.Dossiers().SelectMany(validator.Valideer).Take(5).Select(f => f.ToString()).ToList();

        // Assert
        Assert.Empty(fouten);
    }

    [Fact]
    public void Dossiers_Proportions_AreRoughlyAsDocumented()
    {
        // Arrange
        var generator = new Populatiegenerator(20_000, 200, seed: 5, Peildatum);
        var register = generator.Register;
        int aantal = 0, zonderToewijzing = 0, indicatieEindigtBinnen2Maanden = 0, indicatieZonderEinde = 0;
        int recentZonderMazMut = 0, eindeVerstreken = 0, eindeVerstrekenMetAansluitende = 0, wachtUitVoorzorgLang = 0;
        int verwijderdeMaz = 0, eindeZorgIngetrokken = 0, instellingsvreemd = 0, toewijzingen = 0;
        var statussen = new Dictionary<Leveringsstatus, int>();
        var leveringsvormen = new Dictionary<Leveringsvorm, int>();

        // Act
        foreach (var dossier in generator.Dossiers())
        {
            aantal++;
            var indicatie = dossier.Indicaties[0];
            indicatieZonderEinde += indicatie.Einddatum is null ? 1 : 0;
            indicatieEindigtBinnen2Maanden += indicatie.Einddatum is { } e && e >= Peildatum && e <= Peildatum.PlusMonths(2) ? 1 : 0;
            zonderToewijzing += dossier.Zorgtoewijzingen.Count == 0 ? 1 : 0;
            verwijderdeMaz += dossier.Mazen.Any(m => m.IsVerwijderd) ? 1 : 0;
            eindeZorgIngetrokken += dossier.Mutaties.Any(m => m.IsEindeZorgIngetrokken) ? 1 : 0;
            foreach (var mutatie in dossier.Mutaties.Where(m => !m.IsIngetrokken && m.IsWachtstatus))
            {
                statussen[mutatie.Leveringsstatus!.Value] = statussen.GetValueOrDefault(mutatie.Leveringsstatus!.Value) + 1;
                wachtUitVoorzorgLang += mutatie.Leveringsstatus == Leveringsstatus.WachtUitVoorzorg && mutatie.Mutatiedatum < Peildatum.PlusYears(-1) ? 1 : 0;
            }

            foreach (var t in dossier.Zorgtoewijzingen)
            {
                toewijzingen++;
                leveringsvormen[t.Leveringsvorm] = leveringsvormen.GetValueOrDefault(t.Leveringsvorm) + 1;
                instellingsvreemd += register.Vind(t.Zorgaanbieder)!.IsGecontracteerd(t.Zorgprofiel) ? 0 : 1;
                var heeftMazMut = dossier.Mazen.Any(m => m.ToewijzingId == t.Id) || dossier.Mutaties.Any(m => m.ToewijzingId == t.Id);
                recentZonderMazMut += t.EffectieveOntvangstdatum >= Peildatum.PlusDays(-20) && !heeftMazMut ? 1 : 0;
                if (t.Einddatum is { } einde && einde < Peildatum && einde >= Peildatum.PlusDays(-40) && t.RedenIntrekking is null)
                {
                    eindeVerstreken++;
                    eindeVerstrekenMetAansluitende += dossier.Zorgtoewijzingen.Any(v => v.Ingangsdatum == einde.PlusDays(1)) ? 1 : 0;
                }
            }
        }

        // Assert: loose bounds around the documented shares.
        Assert.Equal(20_000, aantal);
        Assert.InRange(Aandeel(zonderToewijzing, aantal), 0.03, 0.05);
        Assert.InRange(Aandeel(indicatieZonderEinde, aantal), 0.74, 0.82);
        Assert.InRange(Aandeel(indicatieEindigtBinnen2Maanden, aantal), 0.10, 0.14);
        Assert.InRange(Aandeel(recentZonderMazMut, aantal), 0.05, 0.09);
        Assert.InRange(Aandeel(eindeVerstreken, aantal), 0.10, 0.14);
        Assert.InRange(Aandeel(eindeVerstrekenMetAansluitende, eindeVerstreken), 0.44, 0.56);
        Assert.InRange(Aandeel(verwijderdeMaz, aantal), 0.015, 0.04);
        Assert.InRange(Aandeel(eindeZorgIngetrokken, aantal), 0.025, 0.05);
        Assert.InRange(Aandeel(instellingsvreemd, toewijzingen), 0.02, 0.08);
        Assert.InRange(wachtUitVoorzorgLang, 150, 500);
        Assert.All([Leveringsstatus.UrgentPlaatsen, Leveringsstatus.ActiefPlaatsen, Leveringsstatus.WachtOpVoorkeur, Leveringsstatus.WachtUitVoorzorg],
            s => Assert.True(statussen.GetValueOrDefault(s) > 300, $"{s}: {statussen.GetValueOrDefault(s)}"));
        Assert.Equal(6, leveringsvormen.Count);
        Assert.InRange(Aandeel(leveringsvormen[Leveringsvorm.Verblijf], toewijzingen), 0.45, 0.65);
    }

    [Fact]
    public void Register_HasRequestedSizeCoversAllSectorsAndDistinctCodes()
    {
        // Act
        var register = new Populatiegenerator(0, 30, seed: 1, Peildatum).Register;

        // Assert
        Assert.Equal(30, register.Aantal);
        Assert.Equal("70000001", register.Alle[0].AgbCode.Waarde);
        Assert.Equal(30, register.Alle.Select(z => z.AgbCode.Waarde).Distinct().Count());
        Assert.All(register.Alle, z => Assert.NotEmpty(z.GecontracteerdeZorgprofielen));
        Assert.Equal(
            [Sector.Vv, Sector.Ggz, Sector.Vg, Sector.Lvg, Sector.Lg, Sector.Zg],
            register.Alle.SelectMany(z => z.ToegelatenSectoren).Distinct().Order());
    }

    [Fact]
    public void Dossiers_IsLazyAndNotACollection()
    {
        // Arrange
        var generator = new Populatiegenerator(Populatiegenerator.MaxAantalClienten, 100, seed: 3, Peildatum);

        // Act
        var dossiers = generator.Dossiers();
        var eerste = dossiers.Take(3).ToList();

        // Assert
        Assert.IsNotAssignableFrom<ICollection>(dossiers);
        Assert.IsNotAssignableFrom<ICollection<Dossier>>(dossiers);
        Assert.IsNotAssignableFrom<IReadOnlyCollection<Dossier>>(dossiers);
        Assert.Equal(3, eerste.Count);
    }

    [Fact]
    public void Dossiers_Enumerating200k_DoesNotHoldThem()
    {
        // Arrange
        var generator = new Populatiegenerator(200_000, 200, seed: 4, Peildatum);
        GC.Collect();
        var voor = GC.GetTotalMemory(forceFullCollection: true);
        long hoogste = 0;
        var aantal = 0;

        // Act
        foreach (var dossier in generator.Dossiers())
        {
            aantal += dossier.AantalFeiten > 0 ? 1 : 0;
            if (aantal % 50_000 == 0)
            {
                hoogste = Math.Max(hoogste, GC.GetTotalMemory(forceFullCollection: true) - voor);
            }
        }

        // Assert: 200k dossiers of ~1 KB each would be ~200 MB; streaming stays far below.
        Assert.Equal(200_000, aantal);
        Assert.InRange(hoogste, long.MinValue, 20_000_000);
    }

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Populatiegenerator(-1, 1, 0, Peildatum));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Populatiegenerator(1, 0, 0, Peildatum));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Populatiegenerator(1, 1, 0, new LocalDate(1995, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Populatiegenerator(10, 1, 0, Peildatum).Dossiers(5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Populatiegenerator(10, 1, 0, Peildatum).MaakDossier(10));
    }

    private static double Aandeel(int deel, int geheel) => (double)deel / geheel;

    private static string Beschrijf(Zorgaanbieder z) =>
        $"{z.AgbCode.Waarde} {z.Naam} {z.ToegelatenVoorBehandeling} {string.Join(',', z.GecontracteerdeZorgprofielen.Select(p => p.Code).Order())}";
}
