using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Sample;

/// <summary>The parsed command line of the sample.</summary>
internal sealed class SampleOpties
{
    public const string Gebruik = """
        Gebruik: dotnet run --project samples/Wlz.Rules.Sample -- [opties]

          --peildatum yyyy-MM-dd     peildatum (standaard 2026-05-04)
          --clienten N               genereer N cliënten (ook --cliënten; standaard 300)
          --aanbieders N             aantal gegenereerde zorgaanbieders (standaard 12)
          --seed N                   seed van de generator (standaard 42)
          --input dossiers.json      evalueer dossiers uit een JSON-bestand (WlzJson-formaat) in plaats van te genereren
          --zorgaanbieders file.json zorgaanbieders bij --input (JSON-array met agbCode, naam, toegelatenSectoren, ...)
          --out map                  schrijf rapport.json, per lijst en zorgaanbieder een CSV- en een JSON-bestand,
                             en per zorgaanbieder een Excel-werkmap
          --vorige rapport.json      toon het verschil met het rapport van vorige week
          --historie bestand.db      bewaar elke run in deze SQLite-historie en toon nieuw / vervallen / gewijzigd
                                     tegen de vorige run (standaard: wlz-historie.db naast de --out-map)
          --geen-historie            bewaar geen historie
          --identificatie SOORT      hoe cliënten in de uitvoer staan: gemaskeerd (standaard, ******782),
                                     pseudoniem (vast per geheim) of bsn (alleen voor een beveiligd kanaal)
          --geheim-bestand PAD       het geheim voor pseudoniemen en koppelsleutels (anders de omgevings-
                                     variabele WLZ_RULES_GEHEIM, anders de historiedatabase)
          --max-regels N             toon per lijst hoogstens N regels (standaard 25; 0 = alle)
          --runtime executor|nrules  wie de NRules-regels uitvoert: Wlz.Rules.Engine (standaard) of NRules zelf
          --uitleg                   toon onder elke regel de uitleg
          --help                     toon deze hulp
        """;

    public const string Standaardhistorie = "wlz-historie.db";

    public LocalDate Peildatum { get; private set; } = new(2026, 5, 4);

    public int Clienten { get; private set; } = 300;

    public int Aanbieders { get; private set; } = 12;

    public int Seed { get; private set; } = 42;

    public string? Input { get; private set; }

    public string? Zorgaanbieders { get; private set; }

    public string? Out { get; private set; }

    public string? Vorige { get; private set; }

    public int MaxRegels { get; private set; } = 25;

    public Signalering.Export.Identificatiesoort Identificatie { get; private set; } = Signalering.Export.Identificatiesoort.Gemaskeerd;

    public string? GeheimBestand { get; private set; }

    public string? Historie { get; private set; }

    public bool GeenHistorie { get; private set; }

    /// <summary>Gets the history database of this run: the one asked for, else the default next to the output folder, else none.</summary>
    public string? Historiebestand => GeenHistorie ? null
        : Historie ?? (Out is { } map ? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(map))) ?? ".", Standaardhistorie) : null);

    public bool Uitleg { get; private set; }

    public Evaluatie.WlzRuntime Runtime { get; private set; } = Evaluatie.WlzRuntime.Executor;

    public bool Help { get; private set; }

    public static SampleOpties Lees(IReadOnlyList<string> args)
    {
        var opties = new SampleOpties();
        for (var i = 0; i < args.Count; i++)
        {
            var naam = args[i];
            switch (naam)
            {
                case "--help" or "-h" or "-?":
                    opties.Help = true;
                    break;
                case "--uitleg":
                    opties.Uitleg = true;
                    break;
                case "--peildatum":
                    opties.Peildatum = GeldigePeildatum(naam, Waarde(args, ref i));
                    break;
                case "--clienten" or "--cliënten":
                    opties.Clienten = Getal(naam, Waarde(args, ref i), 0, 10_000_000);
                    break;
                case "--aanbieders":
                    opties.Aanbieders = Getal(naam, Waarde(args, ref i), 1, 100_000);
                    break;
                case "--seed":
                    opties.Seed = Getal(naam, Waarde(args, ref i), int.MinValue, int.MaxValue);
                    break;
                case "--max-regels":
                    opties.MaxRegels = Getal(naam, Waarde(args, ref i), 0, int.MaxValue);
                    break;
                case "--input":
                    opties.Input = Waarde(args, ref i);
                    break;
                case "--zorgaanbieders":
                    opties.Zorgaanbieders = Waarde(args, ref i);
                    break;
                case "--out":
                    opties.Out = Waarde(args, ref i);
                    break;
                case "--vorige":
                    opties.Vorige = Waarde(args, ref i);
                    break;
                case "--identificatie":
                    opties.Identificatie = Waarde(args, ref i) switch
                    {
                        "gemaskeerd" => Signalering.Export.Identificatiesoort.Gemaskeerd,
                        "pseudoniem" => Signalering.Export.Identificatiesoort.Pseudoniem,
                        "bsn" => Signalering.Export.Identificatiesoort.Bsn,
                        var anders => throw new Gebruiksfout($"--identificatie: '{anders}' is geen keuze; kies gemaskeerd, pseudoniem of bsn."),
                    };
                    break;
                case "--historie":
                    opties.Historie = Waarde(args, ref i);
                    break;
                case "--geen-historie":
                    opties.GeenHistorie = true;
                    break;
                case "--geheim-bestand":
                    opties.GeheimBestand = Waarde(args, ref i);
                    break;
                case "--runtime":
                    opties.Runtime = Waarde(args, ref i) switch
                    {
                        "executor" => Evaluatie.WlzRuntime.Executor,
                        "nrules" => Evaluatie.WlzRuntime.NRules,
                        var anders => throw new Gebruiksfout($"--runtime: '{anders}' is geen runtime; kies executor of nrules."),
                    };
                    break;
                default:
                    throw new Gebruiksfout($"onbekende optie '{naam}' (zie --help).");
            }
        }

        if (opties.GeenHistorie && opties.Historie is not null)
        {
            throw new Gebruiksfout("--historie en --geen-historie sluiten elkaar uit.");
        }

        if (opties.Zorgaanbieders is not null && opties.Input is null)
        {
            throw new Gebruiksfout("--zorgaanbieders hoort bij --input.");
        }

        return opties;
    }

    private static string Waarde(IReadOnlyList<string> args, ref int i)
    {
        var naam = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new Gebruiksfout($"optie {naam} mist een waarde (zie --help).");
        }

        i++;
        return args[i];
    }

    private static LocalDate Datum(string naam, string waarde)
    {
        var resultaat = LocalDatePattern.Iso.Parse(waarde);
        if (!resultaat.Success)
        {
            throw new Gebruiksfout($"{naam}: '{waarde}' is geen datum in de vorm yyyy-MM-dd.");
        }

        return resultaat.Value;
    }

    private static LocalDate GeldigePeildatum(string naam, string waarde)
    {
        // The engine would refuse it too, but only after generating or reading the population: say it up front, with
        // the range the library itself checks.
        var datum = Datum(naam, waarde);
        var bereik = Evaluatie.WlzRuleEngine.GetPeildatumbereik(new Evaluatie.WlzRulesOptions());
        if (!bereik.Contains(datum))
        {
            throw new Gebruiksfout($"{naam}: '{waarde}' ligt buiten het ondersteunde bereik {LocalDatePattern.Iso.Format(bereik.Start)} tot en met {LocalDatePattern.Iso.Format(bereik.End)}.");
        }

        return datum;
    }

    private static int Getal(string naam, string waarde, int minimum, int maximum)
    {
        if (!int.TryParse(waarde, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal) || getal < minimum || getal > maximum)
        {
            throw new Gebruiksfout(string.Create(CultureInfo.InvariantCulture, $"{naam}: '{waarde}' is geen geheel getal van {minimum} tot en met {maximum}."));
        }

        return getal;
    }
}
