namespace Wlz.Rules.Engine.Diagnostics;

/// <summary>Explains why a rule did not fire: the first element of its left-hand side that no fact or tuple satisfied.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Fired">Whether the rule did fire (then the other members are empty).</param>
/// <param name="ElementIndex">The 0-based position of the failing element in the rule's <c>When()</c>, or -1.</param>
/// <param name="Element">The text of the failing element.</param>
/// <param name="Condition">The text of the first condition of that element that no candidate satisfied (for a <c>Not</c>: the element itself).</param>
/// <param name="Candidates">
/// The facts that came closest (they passed every earlier condition of the element), or for a <c>Not</c> the facts that
/// blocked it; at most five.
/// </param>
public sealed record WhyNotReport(string RuleId, bool Fired, int ElementIndex, string Element, string Condition, IReadOnlyList<object> Candidates)
{
    /// <inheritdoc/>
    public override string ToString() => Fired
        ? $"Rule '{RuleId}' fired."
        : $"Rule '{RuleId}' did not fire: element {ElementIndex} '{Element}' was not satisfied; condition '{Condition}'" +
          (Candidates.Count == 0 ? " had no candidate facts." : $"; closest facts: {string.Join("; ", Candidates)}.");
}
