namespace Wlz.Rules.Signalering.Export;

/// <summary>What the non-empty values of one column of a list all are: decides how a workbook stores them.</summary>
internal enum Kolomsoort
{
    /// <summary>Text: at least one value is neither a date nor a plain whole number, or the column is fixed text.</summary>
    Tekst,

    /// <summary>Every value is a plain whole number (optional minus, no leading zero, at most nine digits).</summary>
    Getal,

    /// <summary>Every value is an ISO date (<c>yyyy-MM-dd</c>).</summary>
    Datum,
}
