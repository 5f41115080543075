namespace Wlz.Rules.Engine;

/// <summary>A fact a rule inserted (a result), linked to the firing that explains it.</summary>
/// <param name="Result">The inserted fact.</param>
/// <param name="Firing">The firing that inserted it.</param>
/// <remarks>A value type: a batch inserts millions of facts, and a reference type would cost an object each.</remarks>
public readonly record struct YieldedResult(object Result, RuleFiring Firing);
