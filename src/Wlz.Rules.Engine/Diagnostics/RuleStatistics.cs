namespace Wlz.Rules.Engine.Diagnostics;

/// <summary>Per-rule counters of one session run.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Evaluations">How many times the left-hand side was evaluated (once per round in which it could match new facts; not in a round where a matched fact type has no fact at all).</param>
/// <param name="Activations">How many complete matches were found.</param>
/// <param name="Firings">How many times the rule fired.</param>
/// <param name="Elapsed">The time spent matching and firing the rule.</param>
public sealed record RuleStatistics(RuleInfo Rule, long Evaluations, long Activations, long Firings, TimeSpan Elapsed);
