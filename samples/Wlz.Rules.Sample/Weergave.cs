using System.Globalization;
using NodaTime.Text;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Sample;

/// <summary>Prints a report for a zorgkantoor employee: per zorgaanbieder each list as a table, the zorgkantoor's own actions, a summary and the rejections.</summary>
internal sealed class Weergave(TextWriter uit, SampleOpties opties, Zorgaanbiederregister register)
{
    private const int MaxAfwijzingen = 20;

    public void Schrijf(Rapportbestand rapport, string invoer, int aantalRegels)
    {
        uit.WriteLine($"Wlz.Rules - signaleringslijsten op peildatum {LocalDatePattern.Iso.Format(rapport.Peildatum)}");
        uit.WriteLine($"Invoer: {invoer}");
        uit.WriteLine(Inv($"Regels: {aantalRegels} actief"));
        var t = rapport.Tellers;
        uit.WriteLine(Inv($"Telling: {t.Ingelezen} ingelezen = {t.Geevalueerd} geëvalueerd + {t.Afgewezen} afgewezen; {t.Signalen} signalen"));

        var perAanbieder = rapport.Lijsten.Where(l => !IsZorgkantoor(l)).ToLookup(l => l.Zorgaanbieder!, StringComparer.Ordinal);
        foreach (var agb in Aanbieders(perAanbieder.Select(g => g.Key)))
        {
            var lijsten = perAanbieder[agb].ToArray();
            uit.WriteLine();
            Kop(Inv($"Zorgaanbieder {agb} {Naam(agb)}").TrimEnd() + Inv($": {lijsten.Length} lijst(en), {lijsten.Sum(l => l.Regels.Count)} regel(s)"));
            if (lijsten.Length == 0)
            {
                uit.WriteLine("  Geen lijsten: geen van uw cliënten voldoet aan de criteria.");
            }

            foreach (var lijst in lijsten)
            {
                Lijst(lijst, rapport.Identificatie, toonAanbieder: false);
            }
        }

        var eigen = rapport.Lijsten.Where(IsZorgkantoor).ToArray();
        uit.WriteLine();
        Kop(Inv($"Zorgkantoor: automatische MEZ's en andere acties: {eigen.Sum(l => l.Regels.Count)} regel(s)"));
        if (eigen.Length == 0)
        {
            uit.WriteLine("  Geen acties.");
        }

        foreach (var lijst in eigen)
        {
            Lijst(lijst, rapport.Identificatie, toonAanbieder: true);
        }

        Samenvatting(rapport);
        Afwijzingen(rapport);
    }

    /// <summary>The console travels to logs: even a BSN export shows the cliënt masked here.</summary>
    private static string Client(RapportbestandRegel regel, Identificatiesoort identificatie) => identificatie == Identificatiesoort.Bsn ? new Clientsleutel(regel.ClientId).Gemaskeerd : regel.ClientId;

    private static bool IsZorgkantoor(RapportbestandLijst lijst) => lijst.Zorgaanbieder is null || lijst.Cadans == Cadans.Direct;

    private static string Inv(FormattableString tekst) => tekst.ToString(CultureInfo.InvariantCulture);

    private IEnumerable<string> Aanbieders(IEnumerable<string> metLijsten)
    {
        var bekend = register.Alle.Select(z => z.AgbCode.Waarde).ToList();
        return bekend.Concat(metLijsten.Where(a => !bekend.Contains(a, StringComparer.Ordinal)).Order(StringComparer.Ordinal));
    }

    private string Naam(string? agb) =>
        register.Alle.FirstOrDefault(z => z.AgbCode.Waarde == agb || z.AgbCode.ToString() == agb)?.Naam ?? string.Empty;

    private void Kop(string tekst)
    {
        uit.WriteLine(tekst);
        uit.WriteLine(new string('=', tekst.Length));
    }

    private void Lijst(RapportbestandLijst lijst, Identificatiesoort identificatie, bool toonAanbieder)
    {
        var aanbieder = toonAanbieder && lijst.Zorgaanbieder is not null ? Inv($", zorgaanbieder {lijst.Zorgaanbieder} {Naam(lijst.Zorgaanbieder)}").TrimEnd() : string.Empty;
        uit.WriteLine();
        uit.WriteLine(Inv($"  {lijst.Titel} ({lijst.Code}, {lijst.Cadans.ToString().ToLowerInvariant()}{aanbieder}): {lijst.Regels.Count} regel(s)"));
        if (lijst.GevraagdeActie.Length > 0)
        {
            uit.WriteLine($"  Gevraagde actie: {lijst.GevraagdeActie}");
        }

        // Read the shown rows once: a list of a population is read from a spool file, row by row.
        IReadOnlyList<RapportbestandRegel> zichtbaar = opties.MaxRegels == 0 ? lijst.Regels : lijst.Regels.Take(opties.MaxRegels).ToArray();
        var namen = zichtbaar.SelectMany(r => r.Velden.Select(v => v.Naam)).Distinct(StringComparer.Ordinal).ToArray();
        if (!opties.Uitleg)
        {
            var rijen = zichtbaar.Select(r => (IReadOnlyList<string>)[Client(r, identificatie), r.Onderwerp ?? string.Empty, .. namen.Select(n => r.Veld(n) ?? string.Empty)]).ToArray();
            Tabel.Schrijf(uit, "    ", ["Cliënt", "Onderwerp", .. namen], rijen);
        }
        else
        {
            foreach (var regel in zichtbaar)
            {
                Tabel.Schrijf(uit, "    ", ["Cliënt", "Onderwerp", .. namen], [[Client(regel, identificatie), regel.Onderwerp ?? string.Empty, .. namen.Select(n => regel.Veld(n) ?? string.Empty)]]);
                uit.WriteLine($"      Uitleg: {regel.Uitleg}");
            }
        }

        if (zichtbaar.Count < lijst.Regels.Count)
        {
            uit.WriteLine(Inv($"    ... en nog {lijst.Regels.Count - zichtbaar.Count} regel(s) (zie --out of --max-regels 0)"));
        }

        if (zichtbaar.Any(r => r.GebruiktVoorbeeldwaarde))
        {
            uit.WriteLine("    Let op: een of meer getoonde regels gebruiken een voorbeeldwaarde (geen vastgestelde beleidswaarde).");
        }
    }

    private void Samenvatting(Rapportbestand rapport)
    {
        uit.WriteLine();
        Kop("Samenvatting per lijst");
        if (rapport.Lijsten.Count == 0)
        {
            uit.WriteLine("  Geen signalen op deze peildatum.");
            return;
        }

        var rijen = rapport.Lijsten
            .GroupBy(l => (l.Code, l.Titel))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key.Titel, g.Key.Code, Inv($"{g.Count(l => l.Zorgaanbieder is not null)}"), Inv($"{g.Sum(l => l.Regels.Count)}")])
            .ToArray();
        Tabel.Schrijf(uit, "  ", ["Lijst", "Code", "Zorgaanbieders", "Regels"], rijen);
    }

    private void Afwijzingen(Rapportbestand rapport)
    {
        uit.WriteLine();
        Kop(Inv($"Afgewezen dossiers: {rapport.Afwijzingen.Count}"));
        foreach (var afwijzing in rapport.Afwijzingen.Take(MaxAfwijzingen))
        {
            foreach (var fout in afwijzing.Fouten)
            {
                uit.WriteLine($"  {afwijzing.DossierSleutel}: {fout.Code} {fout.Melding}");
            }
        }

        if (rapport.Afwijzingen.Count > MaxAfwijzingen)
        {
            uit.WriteLine(Inv($"  ... en nog {rapport.Afwijzingen.Count - MaxAfwijzingen} afgewezen dossier(s) (zie --out)"));
        }
    }
}
