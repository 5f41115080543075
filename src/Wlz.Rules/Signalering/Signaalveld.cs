using Wlz.Rules.Model;

namespace Wlz.Rules.Signalering;

/// <summary>One named, formatted value of a <see cref="Signaal"/>: a column in a list table, CSV export or diff.</summary>
/// <param name="Naam">The column name, e.g. "Deadline".</param>
/// <param name="Waarde">The value as invariant text; dates in ISO format (yyyy-MM-dd). Raw data: an id set by the user may hold a BSN.</param>
public sealed record Signaalveld(string Naam, string Waarde)
{
    /// <summary>Returns the name and the value with every BSN-like run masked.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() => $"{Naam}: {Maskering.MaskeerBsns(Waarde)}";
}
