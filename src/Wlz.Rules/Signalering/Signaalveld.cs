namespace Wlz.Rules.Signalering;

/// <summary>One named, formatted value of a <see cref="Signaal"/>: a column in a list table, CSV export or diff.</summary>
/// <param name="Naam">The column name, e.g. "Deadline".</param>
/// <param name="Waarde">The value as invariant text; dates in ISO format (yyyy-MM-dd).</param>
public sealed record Signaalveld(string Naam, string Waarde);
