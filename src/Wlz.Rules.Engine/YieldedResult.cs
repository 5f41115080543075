namespace Wlz.Rules.Engine;

/// <summary>A result yielded by a rule, linked to the firing that explains it.</summary>
/// <param name="Result">The yielded result.</param>
/// <param name="Firing">The firing that yielded it.</param>
public sealed record YieldedResult(object Result, RuleFiring Firing);
