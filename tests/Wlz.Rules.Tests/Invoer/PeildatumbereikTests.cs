using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Regels.ZonderMazMut;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Invoer;

public sealed class PeildatumbereikTests
{
    private static readonly string[] Ingangen =
    [
        "Evaluate", "EvaluateStream", "EvaluateStreamAsync", "EvaluateAll", "EvaluateAllAsync", "EvaluateFeiten", "EvaluateKamer", "EvaluateInstellingsvreemd",
    ];

    // Compiling the rules takes a while: every test shares these engines (they are thread-safe).
    private static readonly Lazy<WlzRuleEngine> Standaard = new(() => new WlzRuleEngine(new WlzRulesOptions()));
    private static readonly Lazy<WlzRuleEngine> MetLangsteTermijnen = new(() => new WlzRuleEngine(new WlzRulesOptions { Parameters = Langste() }));

    public static TheoryData<string, string> BuitenBereik()
    {
        var data = new TheoryData<string, string>();
        foreach (var ingang in Ingangen)
        {
            foreach (var datum in new[] { "2200-12-31", "9999-12-31", "-9998-01-01", "1989-12-31", "na-laatste" })
            {
                data.Add(ingang, datum);
            }
        }

        return data;
    }

    public static TheoryData<string> AlleIngangen() => [.. Ingangen];

    [Theory]
    [MemberData(nameof(BuitenBereik))]
    public void Evaluate_PeildatumOutsideTheSupportedRange_ThrowsOnTheCallNamingTheRange(string ingang, string datum)
    {
        // Arrange
        var engine = Standaard.Value;
        var peildatum = datum == "na-laatste" ? engine.Peildatumbereik.End.PlusDays(1) : LocalDatePattern.Iso.Parse(datum).Value;

        // Act: the call itself throws, before anything is enumerated or awaited.
        var fout = Assert.Throws<ArgumentOutOfRangeException>(() => Roep(engine, ingang, peildatum));

        // Assert
        Assert.Equal("peildatum", fout.ParamName);
        Assert.Contains($"is outside the supported range 1990-01-01 to {LocalDatePattern.Iso.Format(engine.Peildatumbereik.End)}", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PeildatumMinIsoValue_ThrowsWithoutOverflow()
    {
        // Arrange
        var engine = Standaard.Value;

        // Act
        var fout = Assert.Throws<ArgumentOutOfRangeException>(() => engine.EvaluateStream([], LocalDate.MinIsoValue));

        // Assert
        Assert.Equal("peildatum", fout.ParamName);
    }

    [Fact]
    public void Peildatumbereik_StandardOptions_EndsWhereTheCalendarStillHoldsTheMarginInWerkdagen()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var bereik = WlzRuleEngine.GetPeildatumbereik(new WlzRulesOptions());

        // Assert: the margin fits after the last peildatum, and not after the day after it.
        Assert.Equal(new LocalDate(1990, 1, 1), bereik.Start);
        Assert.True(kalender.AddWerkdagen(bereik.End, WlzRuleEngine.PeildatumMargeWerkdagen) <= kalender.Bereik.End);
        Assert.Throws<ArgumentOutOfRangeException>(() => kalender.AddWerkdagen(bereik.End.PlusDays(1), WlzRuleEngine.PeildatumMargeWerkdagen));
        Assert.Equal(bereik, Standaard.Value.Peildatumbereik);
    }

    [Fact]
    public void Peildatumbereik_ParametersInForceOnlyLater_StartsWhenEveryParameterHasAValue()
    {
        // Arrange: a parameter set whose MAZ/MUT termijn only has a value from 2000.
        var standaard = WlzParameters.Standaard;
        var later = new Parameter<int>(standaard.MazMutTermijnWerkdagen.Naam, standaard.MazMutTermijnWerkdagen.Omschrijving, [new GedateerdeWaarde<int>(new LocalDate(2000, 1, 1), 5, "test")]);
        var opties = new WlzRulesOptions { Parameters = MetMazMutTermijn(standaard, later) };

        // Act
        var bereik = WlzRuleEngine.GetPeildatumbereik(opties);

        // Assert
        Assert.Equal(new LocalDate(2000, 1, 1), bereik.Start);
    }

    [Theory]
    [MemberData(nameof(AlleIngangen))]
    public void Evaluate_LastSupportedPeildatumWithTheLongestTermijnen_EvaluatesFine(string ingang)
    {
        // Arrange: the longest werkdagen termijnen the parameters allow, and a toewijzing received on the peildatum itself.
        var engine = MetLangsteTermijnen.Value;
        var peildatum = engine.Peildatumbereik.End;

        // Act
        var resultaat = Roep(engine, ingang, peildatum);

        // Assert
        Assert.NotNull(resultaat);
        var signaal = Assert.Single(engine.Evaluate(DossierOp(peildatum), peildatum).Signalen.OfType<ZonderMazMutSignaal>());
        Assert.Equal(60, signaal.Termijn.Aantal);
        Assert.True(signaal.ContactNa <= NederlandseWerkdagenkalender.Standaard.Bereik.End);
    }

    [Fact]
    public void EvaluateStream_GeneratedPopulationOnTheLastSupportedPeildatum_EveryDossierIsEvaluatedOrRejected()
    {
        // Arrange
        // The generator's dates stop at 2190; the population is still valid, and open, on the last peildatum.
        var peildatum = WlzRuleEngine.GetPeildatumbereik(new WlzRulesOptions()).End;
        var generator = new Populatiegenerator(300, 10, seed: 5, new LocalDate(2190, 12, 31));
        var engine = new WlzRuleEngine(new WlzRulesOptions { Parameters = Langste(), Zorgaanbieders = generator.Register });

        // Act
        var rapport = engine.EvaluateAll(generator.Dossiers(), peildatum);

        // Assert
        Assert.Equal(300, rapport.Tellers.Ingelezen);
        Assert.True(rapport.Tellers.KloptDeTelling);
    }

    private static object Roep(WlzRuleEngine engine, string ingang, LocalDate peildatum)
    {
        var dossier = DossierOp(peildatum);
        switch (ingang)
        {
            case "Evaluate":
                return engine.Evaluate(dossier, peildatum);
            case "EvaluateStream":
                var stroom = engine.EvaluateStream([dossier], peildatum);
                return engine.Peildatumbereik.Contains(peildatum) ? stroom.ToList() : stroom;
            case "EvaluateStreamAsync":
                var asynchroon = engine.EvaluateStreamAsync(Invoerbestanden.Asynchroon([dossier]), peildatum);
                return engine.Peildatumbereik.Contains(peildatum) ? Wacht(asynchroon) : asynchroon;
            case "EvaluateAll":
                return engine.EvaluateAll([dossier], peildatum);
            case "EvaluateAllAsync":
                var taak = engine.EvaluateAllAsync(Invoerbestanden.Asynchroon([dossier]), peildatum);
                return engine.Peildatumbereik.Contains(peildatum) ? taak.GetAwaiter().GetResult() : taak;
            case "EvaluateFeiten":
                return engine.EvaluateFeiten(dossier.Feiten(), peildatum);
            case "EvaluateKamer":
                return engine.EvaluateKamer(new Populatiegenerator(10, 1, seed: 1, Dossiers.StandaardPeildatum).MaakKamerdossier(0), peildatum);
            default:
                return engine.EvaluateInstellingsvreemd(dossier, [], peildatum);
        }
    }

    private static List<Dossierresultaat> Wacht(IAsyncEnumerable<Dossierresultaat> resultaten)
    {
        var lijst = new List<Dossierresultaat>();
        var enumerator = resultaten.GetAsyncEnumerator();
        while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            lijst.Add(enumerator.Current);
        }

        return lijst;
    }

    /// <summary>A dossier with a toewijzing received on <paramref name="peildatum"/> and no MAZ: the rule that counts werkdagen furthest ahead fires.</summary>
    private static Dossier DossierOp(LocalDate peildatum)
    {
        var ontvangst = peildatum < new LocalDate(1990, 1, 8) || peildatum > new LocalDate(2200, 12, 31) ? Dossiers.StandaardPeildatum : peildatum;
        return Dossiers.ADossier(ontvangst).MetToewijzing(t => t.Toegewezen(ontvangst).Ontvangen(ontvangst)).Build();
    }

    private static WlzParameters Langste()
    {
        var vanaf = WlzParameters.BeginStandaardwaarden;
        return new WlzParametersBuilder(WlzParameters.Standaard)
            .MetMazMutTermijnWerkdagen(vanaf, 60, "test: the longest termijn the validator allows")
            .MetMazMutTermijnNieuweClientWerkdagen(vanaf, 60, "test: the longest termijn the validator allows")
            .MetContactNaWerkdagen(vanaf, 60, "test: the longest termijn the validator allows")
            .MetIndicatieHorizon(vanaf, Period.FromYears(10), "test: the longest horizon the validator allows")
            .Build();
    }

    private static WlzParameters MetMazMutTermijn(WlzParameters basis, Parameter<int> termijn) => new(
        termijn, basis.MazMutTermijnNieuweClientWerkdagen, basis.ContactNaWerkdagen, basis.IndicatieHorizon, basis.WachtUitVoorzorgHorizon,
        basis.AutoMezTermijnDagen, basis.AansluitendMaxDagenNaEinddatum, basis.MaxMutatiedagen, basis.MaxSleuteldatumDagenVoorBegindatum, basis.Streefnormen);
}
