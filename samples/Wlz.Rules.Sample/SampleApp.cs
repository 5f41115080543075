using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Historie;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Testing;
using Wlz.Rules.Testing.Scenarios;

namespace Wlz.Rules.Sample;

/// <summary>
/// The sample application: evaluates a generated population (or a JSON file of dossiers) on a peildatum and prints
/// every list per zorgaanbieder, the zorgkantoor's own actions, a summary and the rejections; optionally writes the
/// exports and the difference with last week's report.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code of a successful run.</summary>
    public const int Gelukt = 0;

    /// <summary>Exit code of an unexpected error.</summary>
    public const int InterneFout = 1;

    /// <summary>Exit code of a bad argument or bad input file.</summary>
    public const int Gebruiksfout = 2;

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command-line arguments (see <c>--help</c>).</param>
    /// <param name="out">Receives the report; deterministic for the same arguments and input.</param>
    /// <param name="err">Receives errors and, for large runs, progress.</param>
    /// <returns>0 on success, 2 for bad arguments or input, 1 for an unexpected error. Never throws.</returns>
    public static int Run(string[] args, TextWriter @out, TextWriter err)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(@out);
        ArgumentNullException.ThrowIfNull(err);
        try
        {
            var opties = SampleOpties.Lees(args);
            if (opties.Help)
            {
                @out.WriteLine(SampleOpties.Gebruik);
                return Gelukt;
            }

            Voer(opties, @out, err);
            return Gelukt;
        }
        catch (Sample.Gebruiksfout fout)
        {
            err.WriteLine($"fout: {fout.Message}");
            return Gebruiksfout;
        }
        catch (ArgumentOutOfRangeException fout) when (fout.ParamName == "peildatum")
        {
            // SampleOpties checks the library's range up front; the population generator's is narrower (1998 to 2190).
            err.WriteLine($"fout: --peildatum: {fout.Message.Split('\n')[0].TrimEnd('\r')}");
            return Gebruiksfout;
        }
#pragma warning disable CA1031 // The sample promises: never a stack trace.
        catch (Exception fout)
#pragma warning restore CA1031
        {
            err.WriteLine($"interne fout ({fout.GetType().Name}): {fout.Message}");
            return InterneFout;
        }
    }

    private static void Voer(SampleOpties opties, TextWriter @out, TextWriter err)
    {
        var vorige = opties.Vorige is { } vorigPad ? Lees(vorigPad, _ => RapportJson.LeesBestand(vorigPad)) : null;
        IEnumerable<Dossier> dossiers;
        Zorgaanbiederregister register;
        string invoer;
        long totaal;
        if (opties.Input is { } pad)
        {
            var gelezen = Lees(pad, (Stream s) => WlzJson.LeesDossiers(s));
            register = opties.Zorgaanbieders is { } aanbiederpad
                ? new Zorgaanbiederregister(Lees(aanbiederpad, LeesZorgaanbieders).Select(z => z.NaarZorgaanbieder()))
                : Zorgaanbiederregister.Leeg;
            dossiers = gelezen;
            totaal = gelezen.Count;
            invoer = string.Create(CultureInfo.InvariantCulture, $"{gelezen.Count} dossiers uit {Path.GetFileName(pad)}, {register.Aantal} zorgaanbieders");
        }
        else
        {
            var generator = new Populatiegenerator(opties.Clienten, opties.Aanbieders, opties.Seed, opties.Peildatum);
            register = generator.Register;
            dossiers = generator.Dossiers();
            totaal = opties.Clienten;
            invoer = string.Create(CultureInfo.InvariantCulture, $"{opties.Clienten} gegenereerde cliënten (seed {opties.Seed}), {register.Aantal} zorgaanbieders");
        }

        // The secret: the user's, else the one the history keeps, else one for this run only (a --vorige diff then says so).
        using var historie = opties.Historiebestand is { } historiepad ? OpenHistorie(historiepad) : null;
        var identificatie = Identificatie.Van(opties.Identificatie, Geheim.VanGebruiker(opties) ?? historie?.GetOrCreateSecret() ?? Identificatie.NieuwGeheim());
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = register, Runtime = opties.Runtime });
        var voortgang = new Voortgangsregel(err, totaal);
        var klok = Stopwatch.StartNew();
        using var opbouw = new Rapportopbouw(opties.Peildatum, identificatie);
        foreach (var resultaat in engine.EvaluateStream(dossiers, opties.Peildatum, voortgang))
        {
            opbouw.Voegtoe(resultaat);
        }

        var bestand = opbouw.Rapport();
        voortgang.Klaar(klok.Elapsed, bestand.Tellers.Ingelezen);

        klok.Restart();
        new Weergave(@out, opties, register).Schrijf(bestand, invoer, engine.Regels.Count);
        SchrijfMutatiedagenVoorbeeld(engine, @out);
        voortgang.Stap("Weergave", klok.Elapsed);

        if (vorige is not null)
        {
            @out.WriteLine();
            Verschilweergave.Schrijf(@out, $"Verschil met {Path.GetFileName(opties.Vorige)}", Verschil(vorige, bestand), opties.MaxRegels);
        }

        if (historie is not null)
        {
            klok.Restart();
            BewaarInHistorie(historie, bestand, @out, err, opties.MaxRegels);
            voortgang.Stap("Historie", klok.Elapsed);
        }

        if (opties.Out is { } map)
        {
            IReadOnlyList<string> geschreven;
            klok.Restart();
            try
            {
                geschreven = RapportExport.SchrijfNaarMap(bestand, map);
                voortgang.Stap("Export", klok.Elapsed);
            }
            catch (Exception fout) when (fout is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new Sample.Gebruiksfout($"{map}: kan niet schrijven: {fout.Message}");
            }

            @out.WriteLine();
            @out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Geschreven: {geschreven.Count} bestand(en) in {map} ({RapportExport.Rapportnaam}, per lijst en zorgaanbieder een .csv en een .json, en per zorgaanbieder een .xlsx)."));
        }
    }

    private static Rapporthistorie OpenHistorie(string pad)
    {
        try
        {
            return Rapporthistorie.Open(pad);
        }
        catch (Exception fout) when (fout is HistorieversieException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new Sample.Gebruiksfout($"--historie {pad}: kan de historie niet openen: {fout.Message}");
        }
    }

    /// <summary>Stores this run and shows what changed since the previous run in the same history.</summary>
    private static void BewaarInHistorie(Rapporthistorie historie, Rapportbestand bestand, TextWriter @out, TextWriter err, int maxRegels)
    {
        var run = historie.Save(bestand);
        @out.WriteLine();
        @out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Historie: run {run.Id} bewaard in {historie.Pad} ({run.Regels} regels)."));
        Rapportverschil? verschil;
        try
        {
            verschil = historie.CompareWithPrevious();
        }
        catch (InvalidOperationException fout)
        {
            err.WriteLine($"let op: geen vergelijking met de vorige run: {fout.Message}");
            return;
        }

        if (verschil is null)
        {
            @out.WriteLine("Historie: dit is de eerste run; volgende week ziet u hier nieuw / vervallen / gewijzigd.");
            return;
        }

        Verschilweergave.Schrijf(@out, "Verschil met de vorige run in de historie", verschil, maxRegels);
    }

    private static Rapportverschil Verschil(Rapportbestand vorige, Rapportbestand huidige)
    {
        if (!string.Equals(vorige.Koppeling, huidige.Koppeling, StringComparison.Ordinal))
        {
            throw new Sample.Gebruiksfout(
                $"--vorige: dat rapport is met een ander geheim gemaakt (koppeling {vorige.Koppeling}, nu {huidige.Koppeling}), dus de regels zijn niet te koppelen; "
                + $"gebruik elke week hetzelfde geheim ({Geheim.Omgevingsvariabele} of --geheim-bestand).");
        }

        return Rapportverschil.Bereken(vorige, huidige);
    }

    /// <summary>Mutatiedagen are evaluated per room, not per cliënt: shows the source's worked example.</summary>
    private static void SchrijfMutatiedagenVoorbeeld(WlzRuleEngine engine, TextWriter @out)
    {
        var resultaat = engine.EvaluateKamer(MutatiedagenVoorbeeld.Kamerdossier, MutatiedagenVoorbeeld.Peildatum);
        @out.WriteLine();
        @out.WriteLine("Mutatiedagen: het voorbeeld uit 'Zorg in natura in een instelling' (per kamer, peildatum "
            + MutatiedagenVoorbeeld.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
        @out.WriteLine(new string('=', 72));
        foreach (var signaal in resultaat.Signalen)
        {
            @out.WriteLine($"  {signaal.Lijst.Titel}: {signaal.Uitleg}");
        }
    }

    private static IReadOnlyList<ScenarioZorgaanbieder> LeesZorgaanbieders(Stream stream)
    {
        var zorgaanbieders = JsonSerializer.Deserialize<List<ScenarioZorgaanbieder>>(stream, WlzJson.Options)
            ?? throw new WlzJsonException("The JSON holds null instead of an array of zorgaanbieders.");

        // The register refuses these with an ArgumentException; here, where the file is known, they are the user's mistake.
        var gezien = new HashSet<AgbCode>();
        for (var i = 0; i < zorgaanbieders.Count; i++)
        {
            var zorgaanbieder = zorgaanbieders[i] ?? throw new WlzJsonException($"Zorgaanbieder {i} of the array is null.");
            if (!gezien.Add(zorgaanbieder.AgbCode))
            {
                throw new WlzJsonException($"The AGB code {zorgaanbieder.AgbCode} occurs more than once.");
            }
        }

        return zorgaanbieders;
    }

    private static T Lees<T>(string pad, Func<Stream, T> lees)
    {
        try
        {
            using var stream = File.OpenRead(pad);
            return lees(stream);
        }
        catch (FileNotFoundException)
        {
            throw new Sample.Gebruiksfout($"{pad}: bestand niet gevonden.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new Sample.Gebruiksfout($"{pad}: map niet gevonden.");
        }
        catch (WlzJsonException fout)
        {
            throw new Sample.Gebruiksfout($"{pad}: {fout.Message}");
        }
        catch (JsonException fout)
        {
            throw new Sample.Gebruiksfout($"{pad}: {new WlzJsonException(fout).Message}");
        }
        catch (Exception fout) when (fout is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new Sample.Gebruiksfout($"{pad}: kan niet lezen: {fout.Message}");
        }
    }

    private static T LeesTekst<T>(string pad, Func<string, T> lees) => Lees(pad, stream =>
    {
        using var lezer = new StreamReader(stream);
        return lees(lezer.ReadToEnd());
    });
}
