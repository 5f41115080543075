using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Regels.AanvullendeDiensten;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>
/// The same NRules rule sets, run by NRules' own runtime and by Wlz.Rules.Engine over generated populations, give the
/// same signals: rule, list, cliënt, subject, every field and the explanation.
/// </summary>
public sealed class RuntimeDifferentialTests
{
    private const int AantalClienten = 20_000;
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly Populatiegenerator Generator = new(AantalClienten, 200, seed: 20_261_202, Peildatum);
    private static readonly WlzRuleEngine Executor = Engine(WlzRuntime.Executor);
    private static readonly WlzRuleEngine NRules = Engine(WlzRuntime.NRules);

    [Fact]
    public void Clienten_20000GegenereerdeDossiers_BeideRuntimesGevenDezelfdeSignalen()
    {
        // Arrange
        var dossiers = Generator.Dossiers().ToArray();

        // Act
        var executor = Executor.EvaluateStream(dossiers, Peildatum).ToArray();
        var nrules = NRules.EvaluateStream(dossiers, Peildatum).ToArray();

        // Assert: per dossier, the same rejection or the same signals.
        Assert.Equal(dossiers.Length, executor.Length);
        Assert.Equal(dossiers.Length, nrules.Length);
        var verschillen = Verschillen(dossiers.Length, i => executor[i].Signalen, i => nrules[i].Signalen);
        Assert.True(verschillen.Count == 0, $"{verschillen.Count} dossiers differ, e.g.:\n{string.Join("\n", verschillen.Take(3))}");
        Assert.Equal(executor.Select(r => r.Afwijzing?.ToString()), nrules.Select(r => r.Afwijzing?.ToString()));

        // The population reaches every signaleringslijst and the instellingsvreemd findings, so the comparison covers them.
        var lijsten = executor.SelectMany(r => r.Signalen).Select(s => s.Lijst.Code).ToHashSet();
        Assert.Superset(Signaleringslijsten.Alle.Select(l => l.Code).ToHashSet(), lijsten);
        Assert.Contains(executor.SelectMany(r => r.Signalen), s => s is InstellingsvreemdSignaal);
    }

    [Fact]
    public void Instellingsvreemd_MetToetsingsuitkomsten_BeideRuntimesGevenDezelfdeSignalen()
    {
        // Arrange: an uitkomst of each kind on a third of the dossiers, before and after their aanvragen.
        var random = new Random(7);
        var besluiten = Enum.GetValues<Toetsingsbesluit>();
        var gevallen = Generator.Dossiers(0, 3_000)
            .Select((dossier, i) => (Dossier: dossier, Uitkomsten: i % 3 != 0 ? [] : dossier.Zorgtoewijzingen.Select(t => new Toetsingsuitkomst
            {
                ToewijzingId = t.Id,
                Datum = Peildatum.PlusDays(-random.Next(0, 120)),
                Besluit = besluiten[random.Next(besluiten.Length)],
                OmzettenNaar = random.Next(2) == 0 ? null : Zorgprofielen.Alle[random.Next(Zorgprofielen.Alle.Count)],
            }).ToArray()))
            .ToArray();

        // Act
        var executor = gevallen.Select(g => Executor.EvaluateInstellingsvreemd(g.Dossier, g.Uitkomsten, Peildatum)).ToArray();
        var nrules = gevallen.Select(g => NRules.EvaluateInstellingsvreemd(g.Dossier, g.Uitkomsten, Peildatum)).ToArray();

        // Assert
        var verschillen = Verschillen(gevallen.Length, i => executor[i], i => nrules[i]);
        Assert.True(verschillen.Count == 0, $"{verschillen.Count} dossiers differ, e.g.:\n{string.Join("\n", verschillen.Take(3))}");
        var bevindingen = executor.SelectMany(s => s).OfType<InstellingsvreemdSignaal>().Select(s => s.Regel.Id).ToHashSet();
        Assert.True(bevindingen.Count >= 4, $"Only {string.Join(", ", bevindingen)} were reached.");
    }

    [Fact]
    public void Kamers_2000GegenereerdeKamerdossiers_BeideRuntimesGevenDezelfdeSignalen()
    {
        // Arrange
        var kamers = Generator.Kamerdossiers().ToArray();

        // Act
        var executor = kamers.Select(k => Executor.EvaluateKamer(k, Peildatum)).ToArray();
        var nrules = kamers.Select(k => NRules.EvaluateKamer(k, Peildatum)).ToArray();

        // Assert: the mistakes the generator makes in rooms reach every mutatiedagen rule that yields a signal.
        var verschillen = Verschillen(kamers.Length, i => executor[i].Signalen, i => nrules[i].Signalen);
        Assert.True(verschillen.Count == 0, $"{verschillen.Count} rooms differ, e.g.:\n{string.Join("\n", verschillen.Take(3))}");
        Assert.Equal(executor.Select(r => r.IsAfgewezen), nrules.Select(r => r.IsAfgewezen));
        var regels = executor.SelectMany(r => r.Signalen).Select(s => s.Regel.Id).ToHashSet();
        Assert.True(regels.Count >= 10, $"Only {regels.Count} mutatiedagen rules were reached: {string.Join(", ", regels)}");
    }

    [Fact]
    public void AanvullendeDiensten_GegenereerdeAanbieders_BeideRuntimesGevenDezelfdeSignalen()
    {
        // Arrange: every category of the catalogue and an unknown one, tariffs around the approved and reasonable amounts,
        // published or not, approved before or after the peildatum, and payments for known and unknown diensten.
        var random = new Random(11);
        var catalogus = VerzekerdeZorgcatalogus.Standaard.Met(
            new Dienstcategorie("kapper", "Kapper", false, "eigen beleid") { RedelijkMaximumInEurocent = 5_000 });
        var categorieen = catalogus.Categorieen.Select(c => c.Code).Append("onbekende-categorie").ToArray();
        var dossiers = Enumerable.Range(0, 500).Select(i => AanvullendeDiensten(random, categorieen, i)).ToArray();

        // Act
        var executor = dossiers.Select(d => Executor.EvaluateAanvullendeDiensten(d, Peildatum, catalogus)).ToArray();
        var nrules = dossiers.Select(d => NRules.EvaluateAanvullendeDiensten(d, Peildatum, catalogus)).ToArray();

        // Assert
        var verschillen = Verschillen(dossiers.Length, i => executor[i], i => nrules[i]);
        Assert.True(verschillen.Count == 0, $"{verschillen.Count} zorgaanbieders differ, e.g.:\n{string.Join("\n", verschillen.Take(3))}");
        var bevindingen = executor.SelectMany(s => s).OfType<AanvullendeDienstSignaal>().Select(s => s.Bevinding).ToHashSet();
        Assert.Equal(Enum.GetValues<AanvullendeDienstBevinding>().ToHashSet(), bevindingen);
    }

    private static WlzRuleEngine Engine(WlzRuntime runtime) =>
        new(new WlzRulesOptions { Zorgaanbieders = Generator.Register, Runtime = runtime, MaxDegreeOfParallelism = 2 });

    private static List<string> Verschillen(int aantal, Func<int, IEnumerable<Signaal>> executor, Func<int, IEnumerable<Signaal>> nrules)
    {
        var verschillen = new List<string>();
        for (int i = 0; i < aantal; i++)
        {
            var a = Signaalweergave.Gesorteerd(executor(i));
            var b = Signaalweergave.Gesorteerd(nrules(i));
            if (!a.SequenceEqual(b))
            {
                verschillen.Add($"#{i}: executor only [{string.Join(" || ", a.Except(b))}], NRules only [{string.Join(" || ", b.Except(a))}]");
            }
        }

        return verschillen;
    }

    private static AanvullendeDienstenDossier AanvullendeDiensten(Random random, string[] categorieen, int index)
    {
        var agb = AgbCode.Parse($"7373{index:D4}");
        var diensten = Enumerable.Range(0, random.Next(1, 6)).Select(d =>
        {
            long tarief = random.Next(1, 40) * 500;
            return new AanvullendeDienst
            {
                Id = $"D{d}",
                Zorgaanbieder = agb,
                Omschrijving = $"Dienst {d}",
                Categorie = categorieen[random.Next(categorieen.Length)],
                TariefInEurocent = tarief,
                Gepubliceerd = random.Next(4) != 0,
                GoedgekeurdDoorClientenraadOp = random.Next(4) == 0 ? null : Peildatum.PlusDays(random.Next(-400, 30)),
                GoedgekeurdTariefInEurocent = random.Next(3) == 0 ? tarief + (random.Next(3) - 1) * 250 : null,
                VerplichtGesteld = random.Next(8) == 0,
            };
        }).ToArray();
        var bijbetalingen = Enumerable.Range(0, random.Next(0, 8)).Select(b =>
        {
            int dienst = random.Next(diensten.Length + 1);
            return new Bijbetaling
            {
                Id = $"B{b}",
                ClientId = $"C{random.Next(20)}",
                DienstId = dienst == diensten.Length ? "D-onbekend" : diensten[dienst].Id,
                Datum = Peildatum.PlusDays(-random.Next(0, 200)),
                BedragInEurocent = dienst == diensten.Length ? 1_000 : diensten[dienst].TariefInEurocent + (random.Next(3) - 1) * 100,
            };
        }).ToArray();
        return new AanvullendeDienstenDossier { Zorgaanbieder = agb, Diensten = diensten, Bijbetalingen = bijbetalingen };
    }
}
