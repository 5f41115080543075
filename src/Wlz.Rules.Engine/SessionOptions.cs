using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine;

/// <summary>Options of a session: diagnostics and fact ordering.</summary>
public sealed class SessionOptions
{
    /// <summary>Gets the default options: no listener, no statistics, natural fact order.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>Gets a listener that is told about inserted facts and fired rules, or <see langword="null"/>.</summary>
    public SessionListener? Listener { get; init; }

    /// <summary>Gets a value indicating whether per-rule counters (activations, firings, elapsed time) are kept.</summary>
    public bool CollectStatistics { get; init; }

    /// <summary>
    /// Gets an ordering of the facts of one type, applied when the session fires, so that results do not depend on the
    /// order of insertion; <see langword="null"/> orders facts that implement <see cref="IComparable{T}"/> by it and keeps
    /// other facts in insertion order.
    /// </summary>
    public IComparer<object>? FactComparer { get; init; }

    /// <summary>Gets the maximum number of forward-chaining rounds per stratum before the session gives up (default 10,000).</summary>
    public int MaxRounds { get; init; } = 10_000;

    /// <summary>Gets the token that actions read as <c>ctx.CancellationToken</c>.</summary>
    public CancellationToken CancellationToken { get; init; }
}
