using System.Text;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Writes a report to a folder: the report JSON, one CSV and one JSON file per list and zorgaanbieder, and one Excel
/// workbook per zorgaanbieder (<see cref="RapportExcel"/>).
/// </summary>
public static class RapportExport
{
    /// <summary>The file name of the report JSON.</summary>
    public const string Rapportnaam = "rapport.json";

    /// <summary>
    /// Gets the base file name (without extension) of a list: <c>{code}_{zorgaanbieder}</c>, or <c>{code}_zorgkantoor</c>
    /// for the zorgkantoor's own actions; characters other than letters, digits, '-' and '_' become '_'.
    /// </summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The base file name.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    public static string Bestandsnaam(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var naam = $"{lijst.Code}_{lijst.Zorgaanbieder ?? "zorgkantoor"}";
        var veilig = new StringBuilder(naam.Length);
        foreach (var teken in naam)
        {
            veilig.Append(char.IsAsciiLetterOrDigit(teken) || teken is '-' or '_' ? teken : '_');
        }

        return veilig.ToString();
    }

    /// <summary>
    /// Writes the report, its lists and the workbooks into <paramref name="map"/> (created when missing), streaming:
    /// memory stays bounded whatever the number of entries. JSON is UTF-8 without BOM.
    /// </summary>
    /// <param name="bestand">The exported report (e.g. from <see cref="Rapportopbouw.Rapport"/>).</param>
    /// <param name="map">The folder.</param>
    /// <returns>The paths written: the report JSON first, then per list its CSV (<c>;</c>, UTF-8 with BOM) and JSON, in list order, then the workbooks.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Thrown when a file cannot be written.</exception>
    public static IReadOnlyList<string> SchrijfNaarMap(Rapportbestand bestand, string map)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        ArgumentException.ThrowIfNullOrWhiteSpace(map);
        Directory.CreateDirectory(map);
        var geschreven = new List<string>();
        var rapportpad = Path.Combine(map, Rapportnaam);
        Schrijf(rapportpad, stream => RapportJson.Schrijf(bestand, stream));
        geschreven.Add(rapportpad);
        foreach (var lijst in bestand.Lijsten)
        {
            var basis = Path.Combine(map, Bestandsnaam(lijst));
            Schrijf(basis + ".csv", stream => LijstCsv.Schrijf(stream, lijst));
            Schrijf(basis + ".json", stream => RapportJson.Schrijf(lijst, stream));
            geschreven.Add(basis + ".csv");
            geschreven.Add(basis + ".json");
        }

        geschreven.AddRange(RapportExcel.SchrijfNaarMap(bestand, map));
        return geschreven;
    }

    private static void Schrijf(string pad, Action<Stream> schrijf)
    {
        using var stream = new FileStream(pad, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        schrijf(stream);
    }
}
