using Wlz.Rules.Engine;
using Wlz.Rules.Model;

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
    // Set by the initializer, or composed and cached on first read (see Uitleg): a benign race, see the remarks there.
    private string? _uitleg;

    /// <summary>Gets the list (or kind of action/finding) this signal belongs to.</summary>
    public required Lijstdefinitie Lijst { get; init; }

    /// <summary>
    /// Gets the rule that produced the signal: its stable id, name, description and the source sentences it implements.
    /// </summary>
    /// <remarks>
    /// In a rule's <c>Yield</c>, pass <c>RuleInfo.Of(ctx.Rule)</c> (NRules' <c>IRuleDefinition</c> of the firing rule; the
    /// information is cached per rule, so this is cheap), or let a signal factory do it: they take <c>ctx.Rule</c>.
    /// </remarks>
    public required RuleInfo Regel { get; init; }

    /// <summary>Gets the key of the cliënt; it prints masked (see <see cref="Clientsleutel"/>).</summary>
    public required Clientsleutel ClientId { get; init; }

    /// <summary>Gets the AGB code of the zorgaanbieder the signal is addressed to or about, if any.</summary>
    public string? Zorgaanbieder { get; init; }

    /// <summary>Gets the id of the zorgtoewijzing (or room, declaration line, …) the signal is about, if any.</summary>
    public string? Onderwerp { get; init; }

    /// <summary>Gets the explanation in plain words: which facts matched and how the dates were computed.</summary>
    /// <remarks>
    /// <para>Either set it when the signal is made, or leave it out and let the signal compose it from its own values on
    /// first read (<see cref="MaakUitleg"/>). Most callers never read the text, so the signals of the rule sets compose it
    /// lazily: the bulk path does not pay for it.</para>
    /// <para>The composed text is cached. Two threads that read it at the same time may both compose it; that is harmless:
    /// the texts are equal, strings are immutable and the reference is written atomically, so either copy may be kept.</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">Thrown when no text was set and the signal cannot compose one.</exception>
    public string Uitleg
    {
        get => _uitleg ?? MaakEnBewaarUitleg();
        init => _uitleg = value;
    }

    /// <summary>Gets a value indicating whether a computed value used a parameter that is an example, not a policy value.</summary>
    public bool GebruiktVoorbeeldwaarde { get; init; }

    /// <summary>Gets the typed values of this signal as named, formatted columns, in display order.</summary>
    public abstract IReadOnlyList<Signaalveld> Velden { get; }

    /// <summary>
    /// Gets the identity of the entry across runs: list, zorgaanbieder, full cliënt key and subject. It holds the full
    /// key, so it is internal: exports carry a keyed hash of it (<see cref="Export.Identificatie.Koppelsleutel"/>).
    /// </summary>
    internal string Sleutel => $"{Lijst.Code}|{Zorgaanbieder}|{ClientId.Waarde}|{Onderwerp}";

    /// <summary>Composes <see cref="Uitleg"/> from the signal's own values; called on first read when no text was set.</summary>
    /// <returns>The explanation; never empty.</returns>
    /// <remarks>Override it in a signal that keeps every value its text needs. The default has nothing to compose from and throws.</remarks>
    /// <exception cref="InvalidOperationException">Thrown by the default: the signal was made without <see cref="Uitleg"/>.</exception>
    protected virtual string MaakUitleg() =>
        throw new InvalidOperationException($"{GetType().Name} of rule {Regel.Id} has no Uitleg: set it when making the signal, or override MaakUitleg.");

    /// <inheritdoc/>
    /// <remarks>Never a full BSN: the cliënt key is masked and so is every BSN-like run in the subject.</remarks>
    public override string ToString() => $"{Lijst.Titel}: {ClientId.Gemaskeerd} {Maskering.Maskeer(Onderwerp)} ({Regel.Id})";

    private string MaakEnBewaarUitleg()
    {
        var uitleg = MaakUitleg();
        if (string.IsNullOrEmpty(uitleg))
        {
            throw new InvalidOperationException($"{GetType().Name} of rule {Regel.Id} composed an empty Uitleg.");
        }

        _uitleg = uitleg;
        return uitleg;
    }
}
