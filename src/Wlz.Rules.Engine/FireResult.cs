using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine;

/// <summary>The outcome of <see cref="ISession.Fire"/>: the yielded results, in a deterministic order, and every firing.</summary>
/// <remarks>
/// Results are in firing order: by stratum, then round of forward chaining, then rule priority (high first), then rule
/// id, then the order in which the rule's matches were found, which follows the fact order of the session (facts that
/// implement <see cref="IComparable{T}"/>, or are ordered by <see cref="SessionOptions.FactComparer"/>, are processed in
/// that order; other facts in insertion order).
/// </remarks>
public sealed class FireResult
{
    // Built on first read: the bulk path reads the results through ResultsOf, straight from the yields.
    private object[]? _results;
    private readonly YieldedResult[] _yields;

    internal FireResult(YieldedResult[] yields, IReadOnlyList<RuleFiring> firings, IReadOnlyList<RuleStatistics> statistics)
    {
        _yields = yields;
        Firings = firings;
        Statistics = statistics;
    }

    /// <summary>Gets the yielded results, in the deterministic output order.</summary>
    public IReadOnlyList<object> Results => _results ??= Array.ConvertAll(_yields, y => y.Result);

    /// <summary>Gets the yielded results with the firing that explains each of them.</summary>
    public IReadOnlyList<YieldedResult> Yields => _yields;

    /// <summary>Gets every firing, in firing order.</summary>
    public IReadOnlyList<RuleFiring> Firings { get; }

    /// <summary>Gets the per-rule counters, when <see cref="SessionOptions.CollectStatistics"/> is on; otherwise empty.</summary>
    public IReadOnlyList<RuleStatistics> Statistics { get; }

    internal static FireResult Empty { get; } = new([], [], []);

    /// <summary>Gets the yielded results of type <typeparamref name="T"/>, in output order.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <returns>The results.</returns>
    public IReadOnlyList<T> ResultsOf<T>()
    {
        int count = 0;
        foreach (var yielded in _yields)
        {
            if (yielded.Result is T)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var results = new T[count];
        int next = 0;
        foreach (var yielded in _yields)
        {
            if (yielded.Result is T typed)
            {
                results[next++] = typed;
            }
        }

        return results;
    }

    /// <summary>Gets the firing that yielded a result (compared by reference).</summary>
    /// <param name="result">A result from <see cref="Results"/>.</param>
    /// <returns>The firing, or <see langword="null"/> when the result was not yielded by this session.</returns>
    public RuleFiring? ExplanationOf(object result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var yielded in _yields)
        {
            if (ReferenceEquals(yielded.Result, result))
            {
                return yielded.Firing;
            }
        }

        return null;
    }
}
