namespace Wlz.Rules.Signalering.Export;

/// <summary>The lists of one zorgaanbieder that go into one Excel workbook (see <see cref="RapportExcel"/>).</summary>
public sealed class Werkmap
{
    internal Werkmap(string? zorgaanbieder, string bestandsnaam, IReadOnlyList<RapportbestandLijst> lijsten)
    {
        Zorgaanbieder = zorgaanbieder;
        Bestandsnaam = bestandsnaam;
        Lijsten = lijsten;
    }

    /// <summary>Gets the zorgaanbieder; <see langword="null"/> for the zorgkantoor's own actions.</summary>
    public string? Zorgaanbieder { get; }

    /// <summary>Gets the file name, with extension: <c>{zorgaanbieder}.xlsx</c> or <c>zorgkantoor.xlsx</c> (see <see cref="RapportExcel.Bestandsnaam"/>).</summary>
    public string Bestandsnaam { get; }

    /// <summary>Gets the lists, one sheet each, in the report's order.</summary>
    public IReadOnlyList<RapportbestandLijst> Lijsten { get; }
}
