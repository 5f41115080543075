using System.Globalization;
using MiniExcelLibs;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Hands one list to MiniExcel as a data reader: one row per entry, read while the sheet is written, so the entries are
/// never all in memory. A data reader rather than a sequence of dictionaries, because MiniExcel takes the header of a
/// reader from its column names (an empty list still gets its header row) and the header of a sequence from its first row.
/// </summary>
/// <remarks>
/// The column names are keys (<c>b{sheet}k{column}</c>) that the workbook's <c>DynamicExcelColumn</c>s match to give each
/// column its header text, width and date format: MiniExcel's column settings are per workbook and by name, and two
/// sheets may have a column of the same name with a different width.
/// </remarks>
internal sealed class Lijstlezer : MiniExcelDataReaderBase
{
    /// <summary>The longest text Excel keeps in a cell.</summary>
    public const int MaximaleTekstlengte = 32_767;

    private readonly RapportbestandLijst _lijst;
    private readonly Kolommen _kolommen;
    private readonly int _blad;
    private readonly string?[] _waarden;
    private IEnumerator<RapportbestandRegel>? _regels;

    /// <summary>Initializes a reader over the entries of a list.</summary>
    /// <param name="lijst">The list.</param>
    /// <param name="kolommen">The columns of the list, read in a first pass.</param>
    /// <param name="blad">The number of the sheet in the workbook, from 1: part of the column keys.</param>
    public Lijstlezer(RapportbestandLijst lijst, Kolommen kolommen, int blad)
    {
        _lijst = lijst;
        _kolommen = kolommen;
        _blad = blad;
        _waarden = new string?[kolommen.Lijst.Count];
    }

    /// <inheritdoc/>
    public override int FieldCount => _waarden.Length;

    /// <summary>Gets the key of a column of a sheet, unique in the workbook.</summary>
    /// <param name="blad">The number of the sheet, from 1.</param>
    /// <param name="kolom">The index of the column, from 0.</param>
    /// <returns>The key.</returns>
    public static string Sleutel(int blad, int kolom) => string.Create(CultureInfo.InvariantCulture, $"b{blad}k{kolom}");

    /// <inheritdoc/>
    public override string GetName(int i) => Sleutel(_blad, i);

    /// <inheritdoc/>
    /// <remarks>
    /// Empty is <see cref="DBNull"/>; a value of a <see cref="Kolomsoort.Datum"/> column a <see cref="DateTime"/>, of a
    /// <see cref="Kolomsoort.Getal"/> column an <see cref="int"/>; any other a string, cut to Excel's limit.
    /// </remarks>
    public override object GetValue(int i)
    {
        var waarde = _waarden[i];
        if (string.IsNullOrEmpty(waarde))
        {
            return DBNull.Value;
        }

        return _kolommen.Lijst[i].Soort switch
        {
            Kolomsoort.Datum when Kolommen.IsDatum(waarde, out var datum) => datum,
            Kolomsoort.Getal => int.Parse(waarde, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ => waarde.Length <= MaximaleTekstlengte ? waarde : waarde[..MaximaleTekstlengte],
        };
    }

    /// <inheritdoc/>
    public override bool Read()
    {
        _regels ??= _lijst.Regels.GetEnumerator();
        if (!_regels.MoveNext())
        {
            return false;
        }

        _kolommen.Vul(_regels.Current, _waarden);
        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _regels?.Dispose();
            _regels = null;
        }

        base.Dispose(disposing);
    }
}
