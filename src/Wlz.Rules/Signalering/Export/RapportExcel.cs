using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Writes the lists of one zorgaanbieder as one Excel workbook (.xlsx): a sheet per list, named after the list code,
/// with a frozen header row, a filter on it, and columns wide enough for their contents.
/// </summary>
/// <remarks>
/// <para>
/// The columns are those of <see cref="LijstCsv"/>: <c>Client</c>, <c>Onderwerp</c>, the fields in order of first
/// appearance, <c>Regel</c>, <c>Uitleg</c>; <see cref="RapportbestandRegel.Koppelsleutel"/> is left out for the same
/// reason. A column whose values are all ISO dates holds real Excel dates shown as <c>yyyy-mm-dd</c>, so they sort,
/// filter and count as dates and still read as in the CSV and the explanations; a column whose values are all plain
/// whole numbers holds numbers (<c>-3</c> included); every other value, codes like <c>01</c> among them, is text. Cells
/// are typed values, never formulas, so the workbook needs no guard against formula injection, unlike the CSV.
/// </para>
/// <para>
/// Each list is read twice, each time once from start to end: first for its columns, widths and kinds, then while its
/// sheet is written. The workbook is streamed (MiniExcel) into the output, which need not be seekable; neither the
/// entries nor the sheets are held in memory. A sheet holds at most 1,048,575 entries below its header, Excel's limit.
/// </para>
/// </remarks>
public static class RapportExcel
{
    /// <summary>The most entries a sheet holds: Excel's 1,048,576 rows less the header row.</summary>
    public const int MaximaalAantalRegels = 1_048_575;

    /// <summary>The file name of the workbook of the zorgkantoor's own actions (lists without zorgaanbieder).</summary>
    public const string Zorgkantoornaam = "zorgkantoor.xlsx";

    // Column widths in characters: at least 8 so short columns keep room for their header, at most 60 so the explanation
    // does not push every other column off the screen; 2 more for the filter button in the header.
    private const int MinimaleBreedte = 8;
    private const int MaximaleBreedte = 60;
    private const int Filterknop = 2;
    private const string Datumnotatie = "yyyy-mm-dd";
    private const int Schrijfbuffer = 64 * 1024;

    /// <summary>Writes the lists of one zorgaanbieder as one workbook, a sheet per list in the given order.</summary>
    /// <param name="uitvoer">The stream; left open. Need not be seekable.</param>
    /// <param name="lijstenVanEenZorgaanbieder">The lists, at least one; their entries are read twice, never held.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when there is no list, or a list has more than <see cref="MaximaalAantalRegels"/> entries.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the entries of a list change between the two passes over it.</exception>
    public static void Schrijf(Stream uitvoer, IEnumerable<RapportbestandLijst> lijstenVanEenZorgaanbieder)
    {
        ArgumentNullException.ThrowIfNull(uitvoer);
        ArgumentNullException.ThrowIfNull(lijstenVanEenZorgaanbieder);
        var lijsten = lijstenVanEenZorgaanbieder.ToList();
        if (lijsten.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one list: Excel opens no workbook without sheets.", nameof(lijstenVanEenZorgaanbieder));
        }

        var namen = Bladnamen.Voor(lijsten.Select(l => l.Code));
        var kolommen = new List<Kolommen>(lijsten.Count);
        foreach (var lijst in lijsten)
        {
            var gelezen = Kolommen.Van(lijst);
            if (gelezen.Aantal > MaximaalAantalRegels)
            {
                throw new ArgumentException($"List '{lijst.Code}' has {gelezen.Aantal} entries; an Excel sheet holds at most {MaximaalAantalRegels}.", nameof(lijstenVanEenZorgaanbieder));
            }

            kolommen.Add(gelezen);
        }

        // Dictionary keeps insertion order when nothing is removed: MiniExcel writes the sheets in its enumeration order.
        var bladen = new Dictionary<string, object>(StringComparer.Ordinal);
        var lezers = new List<Lijstlezer>(lijsten.Count);
        try
        {
            for (var i = 0; i < lijsten.Count; i++)
            {
                var lezer = new Lijstlezer(lijsten[i], kolommen[i], i + 1);
                lezers.Add(lezer);
                bladen.Add(namen[i], lezer);
            }

            var instellingen = new OpenXmlConfiguration
            {
                FreezeRowCount = 1,
                FreezeColumnCount = 0,
                AutoFilter = true,
                FastMode = false,
                EnableAutoWidth = false,

                // MiniExcel's default of 512 K characters puts a buffer of over 1 MB on the large object heap for every
                // part of the package (about ten per workbook); 64 K writes as fast and keeps the working set small.
                BufferSize = Schrijfbuffer,
                DynamicColumns = [.. Kolominstellingen(kolommen)],
            };
            uitvoer.SaveAs(bladen, printHeader: true, excelType: ExcelType.XLSX, configuration: instellingen);
        }
        finally
        {
            foreach (var lezer in lezers)
            {
                lezer.Dispose();
            }
        }
    }

    /// <summary>Groups the lists of a report per zorgaanbieder: one workbook each, the zorgkantoor's own last.</summary>
    /// <param name="bestand">The exported report.</param>
    /// <returns>The workbooks, by zorgaanbieder (ordinal), with their lists in the report's order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bestand"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Werkmap> PerZorgaanbieder(Rapportbestand bestand)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        return
        [
            .. bestand.Lijsten
                .GroupBy(l => l.Zorgaanbieder, StringComparer.Ordinal)
                .OrderBy(g => g.Key is null)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Werkmap(g.Key, Bestandsnaam(g.Key), [.. g])),
        ];
    }

    /// <summary>
    /// Gets the file name of a zorgaanbieder's workbook: <c>{zorgaanbieder}.xlsx</c>, or <see cref="Zorgkantoornaam"/>
    /// without one; characters other than letters, digits, '-' and '_' become '_'.
    /// </summary>
    /// <param name="zorgaanbieder">The zorgaanbieder, or <see langword="null"/> for the zorgkantoor's own actions.</param>
    /// <returns>The file name, with extension.</returns>
    public static string Bestandsnaam(string? zorgaanbieder)
    {
        if (zorgaanbieder is null)
        {
            return Zorgkantoornaam;
        }

        var veilig = new StringBuilder(zorgaanbieder.Length + 5);
        foreach (var teken in zorgaanbieder)
        {
            veilig.Append(char.IsAsciiLetterOrDigit(teken) || teken is '-' or '_' ? teken : '_');
        }

        return veilig.Append(".xlsx").ToString();
    }

    /// <summary>Writes one workbook per zorgaanbieder into <paramref name="map"/> (created when missing).</summary>
    /// <param name="bestand">The exported report.</param>
    /// <param name="map">The folder.</param>
    /// <returns>The paths written, in the order of <see cref="PerZorgaanbieder"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bestand"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="map"/> is empty, or a list is too long for a sheet.</exception>
    /// <exception cref="IOException">Thrown when a file cannot be written.</exception>
    public static IReadOnlyList<string> SchrijfNaarMap(Rapportbestand bestand, string map)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        ArgumentException.ThrowIfNullOrWhiteSpace(map);
        Directory.CreateDirectory(map);
        var geschreven = new List<string>();
        foreach (var werkmap in PerZorgaanbieder(bestand))
        {
            var pad = Path.Combine(map, werkmap.Bestandsnaam);
            using (var bestandsstroom = File.Create(pad))
            {
                Schrijf(bestandsstroom, werkmap.Lijsten);
            }

            geschreven.Add(pad);
        }

        return geschreven;
    }

    private static IEnumerable<DynamicExcelColumn> Kolominstellingen(List<Kolommen> kolommen)
    {
        for (var blad = 0; blad < kolommen.Count; blad++)
        {
            var lijst = kolommen[blad].Lijst;
            for (var i = 0; i < lijst.Count; i++)
            {
                var kolom = lijst[i];
                yield return new DynamicExcelColumn(Lijstlezer.Sleutel(blad + 1, i))
                {
                    Name = kolom.Kop,
                    Width = Math.Clamp(kolom.Breedte, MinimaleBreedte, MaximaleBreedte) + Filterknop,
                    Format = kolom.Soort == Kolomsoort.Datum ? Datumnotatie : null,
                };
            }
        }
    }
}
