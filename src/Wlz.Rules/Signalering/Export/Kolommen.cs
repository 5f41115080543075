using System.Globalization;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// The columns of one list as the CSV and the workbook show them, found in one pass over its entries: <c>Client</c>,
/// <c>Onderwerp</c>, the names of the entries' <see cref="RapportbestandRegel.Velden"/> in order of first appearance,
/// <c>Regel</c> and <c>Uitleg</c>.
/// </summary>
/// <remarks>
/// The pass reads each entry once and keeps only per-column figures, so a list read lazily from a spool file is not held
/// in memory; writing is a second pass. A field named like a fixed column (the mutatiedagen findings have a field
/// <c>Regel</c>) or like an earlier field in another case keeps its values under a header with <c> (2)</c> appended, so
/// every header is unique as Excel compares them (case-insensitively) and nothing is silently merged.
/// </remarks>
internal sealed class Kolommen
{
    private const int Vooraf = 2;
    private readonly Dictionary<string, int> _veldindex;

    private Kolommen(IReadOnlyList<Kolom> lijst, Dictionary<string, int> veldindex, long aantal)
    {
        Lijst = lijst;
        _veldindex = veldindex;
        Aantal = aantal;
    }

    /// <summary>Gets the columns in display order.</summary>
    public IReadOnlyList<Kolom> Lijst { get; }

    /// <summary>Gets the number of entries read.</summary>
    public long Aantal { get; }

    /// <summary>Reads the columns of a list in one pass over its entries.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The columns.</returns>
    public static Kolommen Van(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var client = new Telling("Client", vasteTekst: true);
        var onderwerp = new Telling("Onderwerp", vasteTekst: true);
        var regelnaam = new Telling("Regel", vasteTekst: true);
        var uitleg = new Telling("Uitleg", vasteTekst: true);
        var velden = new List<Telling>();
        var veldindex = new Dictionary<string, int>(StringComparer.Ordinal);
        long aantal = 0;
        foreach (var regel in lijst.Regels)
        {
            aantal++;
            client.Tel(regel.ClientId);
            onderwerp.Tel(regel.Onderwerp);
            regelnaam.Tel(regel.Regel);
            uitleg.Tel(regel.Uitleg);
            foreach (var veld in regel.Velden)
            {
                if (!veldindex.TryGetValue(veld.Naam, out var index))
                {
                    index = velden.Count;
                    veldindex.Add(veld.Naam, index);
                    velden.Add(new Telling(veld.Naam, vasteTekst: false));
                }

                velden[index].Tel(veld.Waarde);
            }
        }

        var koppen = new HashSet<string>([client.Naam, onderwerp.Naam, regelnaam.Naam, uitleg.Naam], StringComparer.OrdinalIgnoreCase);
        var kolommen = new List<Kolom>(velden.Count + 4) { client.Kolom(client.Naam), onderwerp.Kolom(onderwerp.Naam) };
        foreach (var veld in velden)
        {
            kolommen.Add(veld.Kolom(UniekeKop(veld.Naam, koppen)));
        }

        kolommen.Add(regelnaam.Kolom(regelnaam.Naam));
        kolommen.Add(uitleg.Kolom(uitleg.Naam));
        return new Kolommen(kolommen, veldindex, aantal);
    }

    /// <summary>Puts the values of an entry into <paramref name="waarden"/> in column order; a missing field stays <see langword="null"/>.</summary>
    /// <param name="regel">The entry.</param>
    /// <param name="waarden">The values, one per column.</param>
    /// <exception cref="InvalidOperationException">Thrown when the entry has a field the first pass did not see: the list changed between the passes.</exception>
    public void Vul(RapportbestandRegel regel, string?[] waarden)
    {
        Array.Clear(waarden);
        waarden[0] = regel.ClientId;
        waarden[1] = regel.Onderwerp;
        foreach (var veld in regel.Velden)
        {
            if (!_veldindex.TryGetValue(veld.Naam, out var index))
            {
                throw new InvalidOperationException($"The entries of the list changed while it was written: field '{veld.Naam}' was not there when the columns were read.");
            }

            // The first field of a name wins, as RapportbestandRegel.Veld reads it.
            waarden[Vooraf + index] ??= veld.Waarde;
        }

        waarden[^2] = regel.Regel;
        waarden[^1] = regel.Uitleg;
    }

    /// <summary>Reads an ISO date (<c>yyyy-MM-dd</c>), the only date form <see cref="Signaalveld"/> values use.</summary>
    /// <param name="waarde">The value.</param>
    /// <param name="datum">The date.</param>
    /// <returns>Whether the value is exactly a valid ISO date.</returns>
    public static bool IsDatum(string waarde, out DateTime datum)
    {
        datum = default;
        return waarde.Length == 10 && waarde[4] == '-' && waarde[7] == '-'
            && DateTime.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out datum);
    }

    /// <summary>
    /// Tells whether a value is a plain whole number as the rules format them: an optional minus, then digits without a
    /// leading zero, at most nine of them. Codes with a leading zero (<c>01</c>) and long identifiers stay text.
    /// </summary>
    /// <param name="waarde">The value.</param>
    /// <returns>Whether the value is such a number.</returns>
    public static bool IsGetal(string waarde)
    {
        var cijfers = waarde.AsSpan(waarde.StartsWith('-') ? 1 : 0);
        return cijfers.Length is > 0 and <= 9
            && (cijfers[0] != '0' || (cijfers.Length == 1 && waarde.Length == 1))
            && !cijfers.ContainsAnyExceptInRange('0', '9');
    }

    private static string UniekeKop(string naam, HashSet<string> koppen)
    {
        var kop = naam;
        for (var volgnummer = 2; !koppen.Add(kop); volgnummer++)
        {
            kop = string.Create(CultureInfo.InvariantCulture, $"{naam} ({volgnummer})");
        }

        return kop;
    }

    /// <summary>The running figures of one column during the pass.</summary>
    private sealed class Telling(string naam, bool vasteTekst)
    {
        private int _breedte = naam.Length;
        private bool _waarde;
        private bool _datums = !vasteTekst;
        private bool _getallen = !vasteTekst;

        public string Naam { get; } = naam;

        public void Tel(string? waarde)
        {
            if (string.IsNullOrEmpty(waarde))
            {
                return;
            }

            _waarde = true;
            _breedte = Math.Max(_breedte, LangsteRegel(waarde));
            _datums = _datums && IsDatum(waarde, out _);
            _getallen = _getallen && IsGetal(waarde);
        }

        public Kolom Kolom(string kop) => new(
            kop,
            !_waarde ? Kolomsoort.Tekst : _datums ? Kolomsoort.Datum : _getallen ? Kolomsoort.Getal : Kolomsoort.Tekst,
            Math.Max(_breedte, kop.Length));

        private static int LangsteRegel(string waarde)
        {
            var langste = 0;
            foreach (var regel in waarde.AsSpan().EnumerateLines())
            {
                langste = Math.Max(langste, regel.Length);
            }

            return langste;
        }
    }
}
