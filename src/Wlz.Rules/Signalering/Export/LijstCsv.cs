using System.Text;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Writes one list for one zorgaanbieder as CSV the way Dutch users open it: in Excel with Dutch regional settings,
/// whose list separator is the semicolon (the comma is the decimal separator).
/// </summary>
/// <remarks>
/// <para>
/// The file is UTF-8 with a byte order mark (without it Excel reads UTF-8 as Windows-1252 and garbles <c>cliënt</c>),
/// fields separated by <c>;</c>, lines ended by CRLF, and quoted as RFC 4180 says with the semicolon as separator: a field
/// holding <c>;</c>, <c>"</c>, CR or LF is put between quotes and its quotes are doubled. Values are already invariant
/// text (<see cref="Signaalveld"/>): ISO dates, which Excel reads as dates in every locale, and whole numbers.
/// </para>
/// <para>
/// The columns are <c>Client</c>, <c>Onderwerp</c>, then the names of the entries' <see cref="RapportbestandRegel.Velden"/>
/// in order of first appearance (an entry without a column leaves it empty), then <c>Regel</c> and <c>Uitleg</c>.
/// <see cref="RapportbestandRegel.Koppelsleutel"/> is left out: it is a 64-character keyed hash for pairing runs by
/// machine (the JSON report and <see cref="Diff.Rapportverschil"/> carry it), meaningless to a reader, who finds an
/// entry by cliënt, subject and rule.
/// </para>
/// <para>
/// The list is read twice, each time once from start to end: first for the column names, then to write. Entries are
/// never all held in memory, so a list read lazily from a spool file stays cheap.
/// </para>
/// </remarks>
public static class LijstCsv
{
    /// <summary>The field separator: the list separator of Dutch regional settings.</summary>
    public const char Scheidingsteken = ';';

    private const string Regeleinde = "\r\n";

    /// <summary>Writes a list as CSV to a stream: the UTF-8 byte order mark, a header line, then one line per entry.</summary>
    /// <param name="uitvoer">The stream; left open.</param>
    /// <param name="lijst">The list.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the entries change between the two passes over the list.</exception>
    public static void Schrijf(Stream uitvoer, RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(uitvoer);
        ArgumentNullException.ThrowIfNull(lijst);

        // The mark is written here, not left to StreamWriter, which omits it when the stream is not at position 0.
        uitvoer.Write(Encoding.UTF8.Preamble);
        using var schrijver = new StreamWriter(uitvoer, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        Schrijf(schrijver, lijst);
    }

    /// <summary>Writes a list as CSV text, for tests and small lists; without the byte order mark, which belongs to a file, not to text.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The CSV text, with a header line.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the entries change between the two passes over the list.</exception>
    public static string Schrijf(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        using var schrijver = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Schrijf(schrijver, lijst);
        return schrijver.ToString();
    }

    /// <summary>
    /// Renders one CSV field: a text that Excel would run as a formula gets a leading apostrophe, then the field is quoted
    /// when it holds <c>;</c>, <c>"</c>, CR or LF (RFC 4180, quotes doubled).
    /// </summary>
    /// <remarks>
    /// A cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or CR is a formula to Excel (CSV injection:
    /// <c>=HYPERLINK(...)</c> in a free-text field that came from a source system). Such a text gets an apostrophe in
    /// front, which makes Excel keep it as text. Numbers are exempt: a plain number such as <c>-3</c>
    /// (<c>werkdagen resterend</c>, <c>dagen tot MEZ</c>) cannot run anything, and must stay a number for sorting
    /// and sums. The apostrophe is shown when the CSV is opened, a price paid only by texts that start with those
    /// characters, which the rules do not produce.
    /// </remarks>
    /// <param name="waarde">The value.</param>
    /// <returns>The field as written; the same instance when nothing needs changing.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    public static string Veld(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        var veld = IsFormule(waarde) ? "'" + waarde : waarde;
        return veld.AsSpan().IndexOfAny(";\"\r\n") < 0 ? veld : "\"" + veld.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Schrijf(TextWriter schrijver, RapportbestandLijst lijst)
    {
        var kolommen = Kolommen.Van(lijst);
        var waarden = new string?[kolommen.Lijst.Count];
        for (var i = 0; i < waarden.Length; i++)
        {
            waarden[i] = kolommen.Lijst[i].Kop;
        }

        SchrijfRegel(schrijver, waarden);
        foreach (var regel in lijst.Regels)
        {
            kolommen.Vul(regel, waarden);
            SchrijfRegel(schrijver, waarden);
        }
    }

    private static void SchrijfRegel(TextWriter schrijver, string?[] waarden)
    {
        for (var i = 0; i < waarden.Length; i++)
        {
            if (i > 0)
            {
                schrijver.Write(Scheidingsteken);
            }

            schrijver.Write(Veld(waarden[i] ?? string.Empty));
        }

        schrijver.Write(Regeleinde);
    }

    private static bool IsFormule(string waarde) =>
        waarde.Length > 0 && waarde[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsGetal(waarde);

    // A plain decimal number, sign allowed: what Excel reads as a number, not as a formula.
    private static bool IsGetal(string waarde)
    {
        var tekst = waarde.AsSpan(waarde[0] is '-' or '+' ? 1 : 0);
        var punt = tekst.IndexOf('.');
        var geheel = punt < 0 ? tekst : tekst[..punt];
        var breuk = punt < 0 ? [] : tekst[(punt + 1)..];
        return geheel.Length > 0 && !geheel.ContainsAnyExceptInRange('0', '9')
            && (punt < 0 || (breuk.Length > 0 && !breuk.ContainsAnyExceptInRange('0', '9')));
    }
}
