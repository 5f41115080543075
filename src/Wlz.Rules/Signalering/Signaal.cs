using Wlz.Rules.Engine;

namespace Wlz.Rules.Signalering;

/// <summary>
/// One output of the rule sets: an entry on a signaleringslijst, an action for the zorgkantoor, or a finding.
/// Every signal says which rule produced it, which source sentence that rule implements, which facts it is about,
/// and why (<see cref="Uitleg"/>).
/// </summary>
/// <remarks>
/// Each rule set derives a sealed, typed signal (e.g. with the computed deadline) and renders its typed values as
/// <see cref="Velden"/>, so tables, CSV/JSON exports and week-over-week diffs work for every kind alike.
/// </remarks>
public abstract class Signaal
{
    /// <summary>Gets the list (or kind of action/finding) this signal belongs to.</summary>
    public required Lijstdefinitie Lijst { get; init; }

    /// <summary>
    /// Gets the rule that produced the signal: its stable id, name, description and the source sentences it implements.
    /// </summary>
    /// <remarks>In a rule's <c>Yield</c>, pass <c>ctx.Rule</c>.</remarks>
    public required RuleDefinition Regel { get; init; }

    /// <summary>Gets the key of the cliënt (never a full BSN: BSN keys are masked when rendered).</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the AGB code of the zorgaanbieder the signal is addressed to or about, if any.</summary>
    public string? Zorgaanbieder { get; init; }

    /// <summary>Gets the id of the zorgtoewijzing (or room, declaration line, …) the signal is about, if any.</summary>
    public string? Onderwerp { get; init; }

    /// <summary>Gets the explanation in plain words: which facts matched and how the dates were computed.</summary>
    public required string Uitleg { get; init; }

    /// <summary>Gets a value indicating whether a computed value used a parameter that is an example, not a policy value.</summary>
    public bool GebruiktVoorbeeldwaarde { get; init; }

    /// <summary>Gets the typed values of this signal as named, formatted columns, in display order.</summary>
    public abstract IReadOnlyList<Signaalveld> Velden { get; }

    /// <summary>
    /// Gets the identity of the entry across runs: list, zorgaanbieder, cliënt and subject.
    /// Two runs that contain a signal with the same key talk about the same entry (see the week-over-week diff).
    /// </summary>
    public string Sleutel => $"{Lijst.Code}|{Zorgaanbieder}|{ClientId}|{Onderwerp}";

    /// <inheritdoc/>
    public override string ToString() => $"{Lijst.Titel}: {ClientId} {Onderwerp} ({Regel.Id})";
}
