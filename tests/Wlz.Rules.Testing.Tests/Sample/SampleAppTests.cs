using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Sample;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Testing.Tests.Sample;

public sealed class SampleAppTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), $"wlz-sample-{Guid.NewGuid():N}");

    public SampleAppTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Directory.Delete(_map, recursive: true);
        File.Delete(_map + ".geheim");
    }

    [Fact]
    public void Run_SmallGeneratedPopulation_PrintsReportMatchingGoldenFile()
    {
        // Act
        var (code, uit, fout) = Voer("--clienten", "40", "--aanbieders", "3");

        // Assert
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, fout);
        GoldenFile.Verify(uit, "SampleAppTests.Run_SmallGeneratedPopulation");
    }

    [Fact]
    public void Run_SameArgumentsTwice_IdenticalOutput()
    {
        // Act
        var eerste = Voer("--clienten", "60", "--seed", "7");
        var tweede = Voer("--clienten", "60", "--seed", "7");

        // Assert
        Assert.Equal(eerste, tweede);
    }

    [Fact]
    public void Run_Out_WritesReportJsonAndOneCsvAndJsonPerList()
    {
        // Act
        var uitmap = Path.Combine(_map, "uit");
        var (code, uit, _) = Voer("--clienten", "40", "--aanbieders", "3", "--out", uitmap, "--geheim-bestand", GeheimBestand());

        // Assert
        Assert.Equal(0, code);
        var rapport = RapportJson.Lees(File.ReadAllText(Path.Combine(uitmap, "rapport.json")));
        Assert.Equal(40, rapport.Tellers.Ingelezen);
        var werkmappen = rapport.Lijsten.Select(l => l.Zorgaanbieder).Distinct().Count();
        Assert.Equal(rapport.Lijsten.Count * 2 + 1 + werkmappen, Directory.GetFiles(uitmap).Length);
        Assert.Equal(werkmappen, Directory.GetFiles(uitmap, "*.xlsx").Length);
        Assert.True(File.Exists(Path.Combine(_map, "wlz-historie.db")));
        foreach (var lijst in rapport.Lijsten)
        {
            Assert.Equal(LijstCsv.Schrijf(lijst), File.ReadAllText(Path.Combine(uitmap, RapportExport.Bestandsnaam(lijst) + ".csv")));
        }

        GoldenFile.Verify(File.ReadAllText(Path.Combine(uitmap, "rapport.json")), "SampleAppTests.Run_Out_RapportJson", "json");
        Assert.Contains($"Geschreven: {rapport.Lijsten.Count * 2 + 1 + werkmappen} bestand(en) in {uitmap}", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RuntimeNRules_WritesTheSameFilesAsTheExecutor()
    {
        // Arrange
        var executor = Path.Combine(_map, "executor");
        var nrules = Path.Combine(_map, "nrules");

        // Act
        var geheim = GeheimBestand();
        var (code1, _, _) = Voer("--clienten", "300", "--out", executor, "--geheim-bestand", geheim);
        var (code2, _, fout) = Voer("--clienten", "300", "--runtime", "nrules", "--out", nrules, "--geheim-bestand", geheim);

        // Assert: every list file and the report, byte for byte.
        Assert.Equal((0, 0, string.Empty), (code1, code2, fout));
        var bestanden = Directory.GetFiles(executor).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(bestanden, Directory.GetFiles(nrules).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.True(bestanden.Length > 20);
        Assert.All(bestanden, naam => Assert.Equal(Inhoud(Path.Combine(executor, naam!)), Inhoud(Path.Combine(nrules, naam!))));
    }

    [Fact]
    public void Run_VorigeFromSameRun_PrintsNoChanges()
    {
        // Arrange
        var geheim = GeheimBestand();
        Voer("--clienten", "40", "--out", Path.Combine(_map, "uit"), "--geheim-bestand", geheim);

        // Act
        var (code, uit, _) = Voer("--clienten", "40", "--vorige", Path.Combine(_map, "uit", "rapport.json"), "--geheim-bestand", geheim);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Verschil 2026-05-04 -> 2026-05-04: geen wijzigingen.", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_VorigeMadeWithAnotherSecret_ExitCode2SayingTheEntriesCannotBePaired()
    {
        // Arrange
        Voer("--clienten", "40", "--out", Path.Combine(_map, "uit"));

        // Act
        var (code, _, fout) = Voer("--clienten", "40", "--vorige", Path.Combine(_map, "uit", "rapport.json"));

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("ander geheim", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IdentificatieBsn_ExportsTheBsnsADefaultRunNeverShows()
    {
        // Arrange
        var geheim = GeheimBestand();
        var metBsn = Path.Combine(_map, "bsn");
        var standaard = Path.Combine(_map, "standaard");

        // Act
        var (code1, uit1, _) = Voer("--clienten", "300", "--out", metBsn, "--identificatie", "bsn", "--geheim-bestand", geheim);
        var (code2, uit2, _) = Voer("--clienten", "300", "--out", standaard, "--max-regels", "0", "--uitleg");

        // Assert: the BSN export holds full BSNs; neither the default run's console and files nor any console shows one.
        Assert.Equal((0, 0), (code1, code2));
        var bsns = RapportJson.LeesBestand(Path.Combine(metBsn, "rapport.json")).Lijsten.SelectMany(l => l.Regels).Select(r => r.ClientId).Distinct().ToArray();
        Assert.True(bsns.Length > 100);
        Assert.All(bsns, bsn => Assert.True(Bsn.VoldoetAanElfproef(bsn)));
        var teksten = Directory.GetFiles(standaard).Select(Inhoud).Append(uit1).Append(uit2).ToArray();
        Assert.All(bsns, bsn => Assert.DoesNotContain(teksten, t => t.Contains(bsn, StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_IdentificatiePseudoniem_SameSecretGivesTheSamePseudonymsEveryWeek()
    {
        // Arrange
        var geheim = GeheimBestand();

        // Act
        Voer("--clienten", "60", "--out", Path.Combine(_map, "w1"), "--identificatie", "pseudoniem", "--geheim-bestand", geheim);
        Voer("--clienten", "60", "--out", Path.Combine(_map, "w2"), "--identificatie", "pseudoniem", "--geheim-bestand", geheim, "--peildatum", "2026-05-11");

        // Assert
        var week1 = Clienten(Path.Combine(_map, "w1"));
        var week2 = Clienten(Path.Combine(_map, "w2"));
        Assert.All(week1, c => Assert.StartsWith("PS-", c, StringComparison.Ordinal));
        Assert.True(week1.Intersect(week2).Count() > 20);

        static string[] Clienten(string map) =>
            RapportJson.LeesBestand(Path.Combine(map, "rapport.json")).Lijsten.SelectMany(l => l.Regels).Select(r => r.ClientId).Distinct().ToArray();
    }

    [Fact]
    public void Run_TwoWeeksWithTheDefaultHistory_SecondRunShowsWhatChangedAndPairsExactly()
    {
        // Arrange: masked ids repeat (******208 stands for many BSNs), so the history pairs on the koppelsleutel.
        var week1 = Path.Combine(_map, "week1");
        var week2 = Path.Combine(_map, "week2");
        Voer("--clienten", "300", "--out", week1, "--peildatum", "2026-05-04");

        // Act
        var (code, uit, fout) = Voer("--clienten", "300", "--out", week2, "--peildatum", "2026-05-11", "--max-regels", "0");

        // Assert: the same secret (kept in the history) and the same diff as the two report files give.
        Assert.Equal((0, string.Empty), (code, fout));
        Assert.Contains("Historie: run 2 bewaard in", uit, StringComparison.Ordinal);
        var verwacht = Rapportverschil.Bereken(RapportJson.LeesBestand(Path.Combine(week1, "rapport.json")), RapportJson.LeesBestand(Path.Combine(week2, "rapport.json")));
        Assert.False(verwacht.IsLeeg);
        Assert.Contains("Verschil met de vorige run in de historie:\n" + verwacht.AlsTekst(), uit.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameWeekTwiceInTheHistory_NoChanges()
    {
        // Arrange
        Voer("--clienten", "60", "--out", Path.Combine(_map, "a"));

        // Act
        var (code, uit, _) = Voer("--clienten", "60", "--out", Path.Combine(_map, "b"));

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Verschil 2026-05-04 -> 2026-05-04: geen wijzigingen.", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GeenHistorie_WritesNoDatabase()
    {
        // Act
        var (code, _, _) = Voer("--clienten", "20", "--out", Path.Combine(_map, "uit"), "--geen-historie");

        // Assert
        Assert.Equal(0, code);
        Assert.False(File.Exists(Path.Combine(_map, "wlz-historie.db")));
    }

    [Theory]
    [InlineData("--identificatie", "alles")]
    [InlineData("--geheim-bestand", "bestaat-niet.txt")]
    public void Run_BadIdentificationOption_ExitCode2(string optie, string waarde)
    {
        // Act
        var (code, _, fout) = Voer("--clienten", "5", optie, waarde);

        // Assert
        Assert.Equal(2, code);
        Assert.StartsWith("fout: ", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InputFile_EvaluatesItsDossiers()
    {
        // Arrange
        var generator = new Populatiegenerator(5, 2, 1, new LocalDate(2026, 5, 4));
        var pad = Path.Combine(_map, "dossiers.json");
        File.WriteAllText(pad, WlzJson.SchrijfDossiers(generator.Dossiers()));

        // Act
        var (code, uit, _) = Voer("--input", pad, "--peildatum", "2026-05-04");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Invoer: 5 dossiers uit dossiers.json, 0 zorgaanbieders", uit, StringComparison.Ordinal);
        Assert.Contains("Telling: 5 ingelezen = 5 geëvalueerd + 0 afgewezen", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InputWithBadDate_ExitCode2NamingFileLineAndPath()
    {
        // Arrange
        var pad = Path.Combine(_map, "fout.json");
        File.WriteAllText(pad, "[\n  {\n    \"client\": { \"clientId\": \"C1\", \"geboortedatum\": \"17-05-1940\" }\n  }\n]");

        // Act
        var (code, uit, fout) = Voer("--input", pad);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, uit);
        Assert.StartsWith($"fout: {pad}: Invalid Wlz JSON at line 3", fout, StringComparison.Ordinal);
        Assert.Contains("$[0].client.geboortedatum", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingInputFile_ExitCode2()
    {
        // Act
        var (code, _, fout) = Voer("--input", Path.Combine(_map, "bestaat-niet.json"));

        // Assert
        Assert.Equal(2, code);
        Assert.Equal($"fout: {Path.Combine(_map, "bestaat-niet.json")}: bestand niet gevonden.\n", fout);
    }

    [Theory]
    [InlineData("fout: --peildatum: '04-05-2026' is geen datum in de vorm yyyy-MM-dd.\n", "--peildatum", "04-05-2026")]
    [InlineData("fout: --clienten: 'veel' is geen geheel getal van 0 tot en met 10000000.\n", "--clienten", "veel")]
    [InlineData("fout: --cliënten: '-1' is geen geheel getal van 0 tot en met 10000000.\n", "--cliënten", "-1")]
    [InlineData("fout: optie --out mist een waarde (zie --help).\n", "--out")]
    [InlineData("fout: --runtime: 'drools' is geen runtime; kies executor of nrules.\n", "--runtime", "drools")]
    [InlineData("fout: onbekende optie '--snel' (zie --help).\n", "--snel")]
    [InlineData("fout: --zorgaanbieders hoort bij --input.\n", "--zorgaanbieders", "z.json")]
    public void Run_BadArgument_ExitCode2WithOneClearLine(string verwacht, params string[] args)
    {
        // Act
        var (code, uit, fout) = Voer(args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, uit);
        Assert.Equal(verwacht, fout);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitCode0()
    {
        // Act
        var (code, uit, _) = Voer("--help");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("--cliënten", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Weergave_HandMadeReport_TablesPerZorgaanbiederAndZorgkantoorMatchGoldenFile()
    {
        // Arrange
        var register = Zorgaanbieders.ARegister().MetZorgaanbieder(z => z.Agb("11111111").Naam("Zorggroep Noord")).MetZorgaanbieder(z => z.Agb("22222222").Naam("Thuiszorg Zuid")).Build();
        var opties = SampleOpties.Lees(["--max-regels", "2"]);
        var uit = new StringWriter { NewLine = "\n" };

        // Act
        new Weergave(uit, opties, register).Schrijf(Handrapport(), "hand", 3);

        // Assert
        GoldenFile.Verify(uit.ToString(), "SampleAppTests.Weergave_HandMadeReport");
    }

    private static Rapportbestand Handrapport() => new()
    {
        Peildatum = new LocalDate(2026, 5, 4),
        Tellers = new RapportbestandTellers { Ingelezen = 5, Geevalueerd = 4, Afgewezen = 1, Signalen = 5 },
        Lijsten =
        [
            new RapportbestandLijst
            {
                Code = "ZorgtoewijzingZonderMazMut", Titel = "Zorgtoewijzing zonder MAZ/MUT", Cadans = Cadans.Wekelijks,
                GevraagdeActie = "Stuur een MAZ of MUT.", Zorgaanbieder = "11111111",
                Regels =
                [
                    Regel("******019", "T1", ("Ontvangen", "2026-04-21"), ("Deadline", "2026-04-28")),
                    Regel("******027", "T2", ("Ontvangen", "2026-04-22"), ("Deadline", "2026-04-29")),
                    Regel("******035", "T1", ("Ontvangen", "2026-04-23"), ("Deadline", "2026-04-30")),
                ],
            },
            new RapportbestandLijst
            {
                Code = "AutomatischeMez", Titel = "Automatische MEZ", Cadans = Cadans.Direct, Zorgaanbieder = "22222222",
                Regels = [Regel("******043", "T1", ("Einddatum", "2026-04-10"))],
            },
        ],
        Afwijzingen = [new RapportbestandAfwijzing { DossierSleutel = "******051", Fouten = [new RapportbestandFout { Code = "WLZ-V004", Melding = "Dossier ******051, Zorgtoewijzing 'T1', Einddatum: ligt voor de ingangsdatum." }] }],
    };

    private static RapportbestandRegel Regel(string client, string onderwerp, params (string Naam, string Waarde)[] velden) => new()
    {
        Koppelsleutel = $"L|A|{client}|{onderwerp}",
        ClientId = client,
        Onderwerp = onderwerp,
        Regel = "Test.Regel",
        Velden = [.. velden.Select(v => new Signaalveld(v.Naam, v.Waarde))],
        Uitleg = "Uitleg.",
    };

    /// <summary>
    /// The text of a file; of a workbook, the text of every part in it, with the relationship ids MiniExcel draws at
    /// random replaced: two workbooks of the same lists hold the same cells, not the same bytes.
    /// </summary>
    private static string Inhoud(string pad)
    {
        if (!pad.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            return File.ReadAllText(pad);
        }

        using var zip = System.IO.Compression.ZipFile.OpenRead(pad);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var lezer = new StreamReader(e.Open());
            return System.Text.RegularExpressions.Regex.Replace(lezer.ReadToEnd(), "(r:id|Id)=\"R[0-9a-f]+\"", "$1=\"R\"");
        }));
    }

    private string GeheimBestand()
    {
        // Next to the output folder, not in it: the secret never belongs with the exports.
        var pad = _map + ".geheim";
        File.WriteAllText(pad, "een-test-geheim-van-genoeg-tekens");
        return pad;
    }

    private static (int Code, string Uit, string Fout) Voer(params string[] args)
    {
        var uit = new StringWriter { NewLine = "\n" };
        var fout = new StringWriter { NewLine = "\n" };
        var code = SampleApp.Run(args, uit, fout);
        return (code, uit.ToString(), fout.ToString());
    }
}
