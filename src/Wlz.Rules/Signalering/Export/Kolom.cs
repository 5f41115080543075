namespace Wlz.Rules.Signalering.Export;

/// <summary>One column of a list as exported: its header text, what its values are, and its widest value.</summary>
/// <param name="Kop">The header text, unique within the list (case-insensitively, as Excel compares).</param>
/// <param name="Soort">What all non-empty values of the column are.</param>
/// <param name="Breedte">The length in characters of the header or the longest line of a value, whichever is longer.</param>
internal sealed record Kolom(string Kop, Kolomsoort Soort, int Breedte);
