using System.Text;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Writes one list for one zorgaanbieder as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
/// quote or line break quoted and quotes doubled). Values are already invariant text (<see cref="Signaalveld"/>).
/// </summary>
/// <remarks>
/// The columns are <c>ClientId</c>, <c>Onderwerp</c>, then the names of the entries' <see cref="RapportbestandRegel.Velden"/>
/// in order of first appearance (an entry without a column leaves it empty), then <c>Regel</c> and <c>Uitleg</c>.
/// </remarks>
public static class LijstCsv
{
    /// <summary>Writes a list as CSV.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The CSV text, with a header line.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    public static string Schrijf(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var namen = new List<string>();
        foreach (var regel in lijst.Regels)
        {
            foreach (var veld in regel.Velden)
            {
                if (!namen.Contains(veld.Naam, StringComparer.Ordinal))
                {
                    namen.Add(veld.Naam);
                }
            }
        }

        var tekst = new StringBuilder();
        Regel(tekst, ["ClientId", "Onderwerp", .. namen, "Regel", "Uitleg"]);
        foreach (var regel in lijst.Regels)
        {
            Regel(tekst, [regel.ClientId, regel.Onderwerp ?? string.Empty, .. namen.Select(n => regel.Veld(n) ?? string.Empty), regel.Regel, regel.Uitleg]);
        }

        return tekst.ToString();
    }

    /// <summary>Quotes one CSV field when it holds a comma, quote or line break (RFC 4180).</summary>
    /// <param name="waarde">The value.</param>
    /// <returns>The field as written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    public static string Veld(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        return waarde.AsSpan().IndexOfAny(",\"\r\n") < 0 ? waarde : "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Regel(StringBuilder tekst, IEnumerable<string> velden)
    {
        tekst.AppendJoin(',', velden.Select(Veld));
        tekst.Append("\r\n");
    }
}
