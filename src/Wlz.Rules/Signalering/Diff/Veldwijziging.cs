namespace Wlz.Rules.Signalering.Diff;

/// <summary>One field of an entry whose value changed between two runs, e.g. a deadline that moved.</summary>
/// <param name="Naam">The field name.</param>
/// <param name="Van">The value last time, or <see langword="null"/> when the field is new.</param>
/// <param name="Naar">The value now, or <see langword="null"/> when the field is gone.</param>
public sealed record Veldwijziging(string Naam, string? Van, string? Naar);
