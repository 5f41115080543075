using System.Collections;
using System.Globalization;
using System.Text;
using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie.Kamers;

namespace Wlz.Rules.Testing.Tests;

public sealed class KamerdossiersTests
{
    private const string Tag = "Mutatiedagen";

    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    private static readonly WlzRuleEngine Engine = new(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag(Tag) });

    [Fact]
    public void Kamerdossiers_SameSeed_GiveTheSameRooms()
    {
        // Arrange
        var a = new Populatiegenerator(10_000, 50, seed: 7, Peildatum);
        var b = new Populatiegenerator(10_000, 50, seed: 7, Peildatum);

        // Act
        var kamersA = a.Kamerdossiers().Select(Beschrijf).ToList();
        var kamersB = b.Kamerdossiers().Select(Beschrijf).ToList();

        // Assert
        Assert.Equal(1_000, kamersA.Count);
        Assert.Equal(kamersA, kamersB);
    }

    [Fact]
    public void Kamerdossiers_DifferentSeed_GiveOtherRooms()
    {
        // Arrange
        var a = new Populatiegenerator(1_000, 50, seed: 7, Peildatum);
        var b = new Populatiegenerator(1_000, 50, seed: 8, Peildatum);

        // Act
        var kamersA = a.Kamerdossiers().Select(Beschrijf).ToList();
        var kamersB = b.Kamerdossiers().Select(Beschrijf).ToList();

        // Assert
        Assert.NotEqual(kamersA, kamersB);
    }

    [Fact]
    public void Kamerdossiers_SingleSliceAndParallel_EqualTheSequentialPass()
    {
        // Arrange
        var generator = new Populatiegenerator(30_000, 40, seed: 11, Peildatum);
        var sequentieel = generator.Kamerdossiers().Select(Beschrijf).ToArray();

        // Act
        var los = Enumerable.Range(0, sequentieel.Length).Select(i => Beschrijf(generator.MaakKamerdossier(i))).ToArray();
        var slice = generator.Kamerdossiers(1_203, 300).Select(Beschrijf).ToArray();
        var parallel = Enumerable.Range(0, 6).AsParallel()
            .SelectMany(p => generator.Kamerdossiers(p * 500, 500).Select((k, i) => (Index: (p * 500) + i, Tekst: Beschrijf(k))))
            .OrderBy(x => x.Index)
            .Select(x => x.Tekst)
            .ToArray();

        // Assert
        Assert.Equal(3_000, sequentieel.Length);
        Assert.Equal(sequentieel, los);
        Assert.Equal(sequentieel[1_203..1_503], slice);
        Assert.Equal(sequentieel, parallel);
    }

    [Fact]
    public void Kamerdossiers_Sample5k_AllPassTheKamerdossierValidator()
    {
        // Arrange
        var generator = new Populatiegenerator(50_000, 120, seed: 2026, Peildatum);
        var validator = new KamerdossierValidator();

        // Act
        var afgewezen = generator.Kamerdossiers()
            .Select(validator.Beoordeel)
            .OfType<Kamerafwijzing>()
            .Take(5)
            .Select(a => a.ToString())
            .ToList();

        // Assert
        Assert.Empty(afgewezen);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(99, 7)]
    public void Kamerdossiers_TinyRegisterAndOtherPeildata_StillValid(int seed, int aantalZorgaanbieders)
    {
        // Arrange: 1998-01-01 is the earliest peildatum, so the dates reach back before it.
        var generator = new Populatiegenerator(20_000, aantalZorgaanbieders, seed, new LocalDate(1998, 1, 1).PlusDays(seed * 100));
        var validator = new KamerdossierValidator();

        // Act
        var afgewezen = generator.Kamerdossiers().Select(validator.Beoordeel).OfType<Kamerafwijzing>().Take(5).Select(a => a.ToString()).ToList();

        // Assert
        Assert.Empty(afgewezen);
    }

    [Fact]
    public void Kamerdossiers_2000Rooms_EveryMutatiedagenRuleFires()
    {
        // Arrange
        var generator = new Populatiegenerator(20_000, 100, seed: 42, Peildatum);
        var alle = Engine.Regels.Where(r => r.Tags.Contains(Tag)).Select(r => r.Id).ToHashSet();
        var sessies = RuleSetCompiler.Compile(WlzNRules.CreateRepository(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag(Tag) }));
        var parameters = WlzParameters.Standaard.OpPeildatum(Peildatum);
        var signalen = new HashSet<string>();
        var vuren = new HashSet<string>();
        var afgewezen = 0;

        // Act: the signals through the facade, and every firing (also of rules that only derive a fact) through a session.
        foreach (var kamerdossier in generator.Kamerdossiers())
        {
            var resultaat = Engine.EvaluateKamer(kamerdossier, Peildatum);
            afgewezen += resultaat.IsAfgewezen ? 1 : 0;
            signalen.UnionWith(resultaat.Signalen.Select(s => s.Regel.Id));

            var sessie = sessies.CreateSession();
            sessie.Insert(new Peildatum(Peildatum));
            sessie.Insert(parameters);
            sessie.InsertAll(kamerdossier.Feiten());
            sessie.Insert(MutatiedagenOpties.Standaard);
            vuren.UnionWith(sessie.Fire().Firings.Select(f => f.Rule.Id));
        }

        // Assert: Mutatiedagen.Leegstand only inserts the Leegstand fact that the other rules use, so it yields no signal of its own.
        Assert.Equal(17, alle.Count);
        Assert.Equal(0, afgewezen);
        Assert.Equal(alle.Order(StringComparer.Ordinal), vuren.Order(StringComparer.Ordinal));
        Assert.Equal(alle.Except(["Mutatiedagen.Leegstand"]).Order(StringComparer.Ordinal), signalen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kamerdossiers_Proportions_AreRoughlyAsDocumented()
    {
        // Arrange
        var generator = new Populatiegenerator(200_000, 200, seed: 5, Peildatum);
        var register = generator.Register;
        int aantal = 0, zonderBevinding = 0, overlijden = 0, intern = 0, ingetrokken = 0, leeg = 0, tweepersoons = 0, metMutatiedagen = 0, meerdere = 0;
        var kamersPerRegel = new Dictionary<string, int>(StringComparer.Ordinal);

        // Act
        foreach (var kamerdossier in generator.Kamerdossiers())
        {
            aantal++;
            var zorgaanbieder = register.Vind(kamerdossier.Kamer.Zorgaanbieder)!;
            Assert.Contains(Sector.Vv, zorgaanbieder.ToegelatenSectoren);
            Assert.Equal(zorgaanbieder.ToegelatenVoorBehandeling, kamerdossier.Kamer.ToegelatenVoorBehandeling);
            overlijden += kamerdossier.Vertrek.Reden == Vertrekreden.Overlijden ? 1 : 0;
            intern += kamerdossier.Vertrek.Reden == Vertrekreden.InterneVerhuizing ? 1 : 0;
            ingetrokken += kamerdossier.Intrek?.Intrekdatum is not null ? 1 : 0;
            leeg += kamerdossier.Intrek is null ? 1 : 0;
            tweepersoons += kamerdossier.Kamer.Tweepersoonskamer ? 1 : 0;
            metMutatiedagen += kamerdossier.Declaratieregels.Any(r => Prestatiecodes.IsMutatiedag(r.Prestatiecode)) ? 1 : 0;

            var bevindingen = Engine.EvaluateKamer(kamerdossier, Peildatum).SignalenVan<BevindingSignaal>().Select(b => b.Regel.Id).Distinct().ToList();
            zonderBevinding += bevindingen.Count == 0 ? 1 : 0;
            meerdere += bevindingen.Count > 1 ? 1 : 0;
            foreach (var id in bevindingen)
            {
                kamersPerRegel[id] = kamersPerRegel.GetValueOrDefault(id) + 1;
            }
        }

        // Assert: loose bounds around the documented shares; each mistake (2.5%) is caught by exactly one check.
        Assert.Equal(20_000, aantal);
        Assert.InRange(Aandeel(zonderBevinding, aantal), 0.75, 0.80);
        Assert.Equal(0, meerdere);
        Assert.Equal(9, kamersPerRegel.Count);
        Assert.All(kamersPerRegel, kv => Assert.InRange(Aandeel(kv.Value, aantal), 0.02, 0.03));
        Assert.InRange(Aandeel(overlijden, aantal), 0.66, 0.76);
        Assert.InRange(Aandeel(intern, aantal), 0.14, 0.20);
        Assert.InRange(Aandeel(ingetrokken, aantal), 0.76, 0.84);
        Assert.InRange(Aandeel(leeg, aantal), 0.12, 0.18);
        Assert.InRange(Aandeel(tweepersoons, aantal), 0.06, 0.10);
        Assert.InRange(Aandeel(metMutatiedagen, aantal), 0.60, 0.85);
    }

    [Fact]
    public void Kamerdossiers_IsLazyAndNotACollection()
    {
        // Arrange
        var generator = new Populatiegenerator(Populatiegenerator.MaxAantalClienten, 100, seed: 3, Peildatum);

        // Act
        var kamers = generator.Kamerdossiers();
        var eerste = kamers.Take(10).ToList();

        // Assert
        Assert.Equal(900_000, generator.AantalKamerdossiers);
        Assert.IsNotAssignableFrom<ICollection>(kamers);
        Assert.IsNotAssignableFrom<ICollection<Kamerdossier>>(kamers);
        Assert.IsNotAssignableFrom<IReadOnlyCollection<Kamerdossier>>(kamers);
        Assert.Equal(10, eerste.Count);
        Assert.Equal(Beschrijf(generator.MaakKamerdossier(899_999)), Beschrijf(generator.Kamerdossiers(899_999, 1).Single()));
    }

    [Fact]
    public void Kamerdossiers_OutOfRange_Throws()
    {
        // Arrange
        var generator = new Populatiegenerator(105, 1, 0, Peildatum);

        // Assert: 105 cliënten give 10 rooms.
        Assert.Equal(10, generator.AantalKamerdossiers);
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Kamerdossiers(5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Kamerdossiers(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.MaakKamerdossier(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.MaakKamerdossier(-1));
        Assert.Empty(new Populatiegenerator(9, 1, 0, Peildatum).Kamerdossiers());
    }

    private static double Aandeel(int deel, int geheel) => (double)deel / geheel;

    /// <summary>Every field of every fact, so two rooms describe the same only when they are the same.</summary>
    private static string Beschrijf(Kamerdossier k)
    {
        var tekst = new StringBuilder();
        var kamer = k.Kamer;
        tekst.Append(CultureInfo.InvariantCulture, $"{kamer.KamerId}|{kamer.Locatie}|{kamer.Zorgaanbieder.Waarde}|{kamer.ToegelatenVoorBehandeling}|{kamer.Tweepersoonskamer}");
        var v = k.Vertrek;
        tekst.Append(CultureInfo.InvariantCulture, $"|{v.ClientId}|{v.LaatsteDag:uuuu-MM-dd}|{v.Reden}|{v.Prestatiecode}|{v.NaarAndereAgbCode}");
        if (k.Intrek is { } i)
        {
            tekst.Append(CultureInfo.InvariantCulture, $"|{i.ClientId}|{i.Sleuteldatum:uuuu-MM-dd}|{i.Intrekdatum:uuuu-MM-dd}|{i.Prestatiecode}|{i.KomtVanuitThuissituatie}|{i.InterneVerhuizing}|{i.VanAndereAgbCode}");
        }

        foreach (var r in k.Declaratieregels)
        {
            tekst.Append(CultureInfo.InvariantCulture, $"|{r.Regelnummer}:{r.ClientId}:{r.Prestatiecode}:{r.Begindatum:uuuu-MM-dd}:{r.Einddatum:uuuu-MM-dd}:{r.Aantal}");
        }

        return tekst.ToString();
    }
}
