namespace Wlz.Rules.Engine.Runtime;

/// <summary>The shared parts of the nodes that look facts up in a memory: candidate selection through the hash index.</summary>
internal abstract class PatternNode<T, TKey>(string text, PatternParts<T, TKey> parts) : LhsNode(text)
    where TKey : struct
{
    /// <summary>Below this memory size a linear scan beats building and probing a hash index.</summary>
    internal const int IndexThreshold = 8;

    protected PatternParts<T, TKey> Parts { get; } = parts;

    protected FactMemory<T, TKey> Memory(Evaluator evaluator) => (FactMemory<T, TKey>)evaluator.Memories[Parts.MemoryId];

    /// <summary>Gets a value indicating whether candidates are found through the hash index (otherwise by a scan).</summary>
    protected bool UsesIndex(FactMemory<T, TKey> memory) => Parts.ProbeKey is not null && memory.Count > IndexThreshold;

    public override (string Condition, IReadOnlyList<object> Candidates) Diagnose(Session session, object?[] slots)
    {
        var all = new List<T>();
        foreach (object fact in session.FactsAssignableTo(typeof(T)))
        {
            all.Add((T)fact);
        }

        var checks = Parts.Checks.Value;
        var survivors = all;
        foreach (var (conditionText, check) in checks)
        {
            var passing = survivors.Where(f => check(f, slots)).ToList();
            if (passing.Count == 0)
            {
                return (conditionText, survivors.Take(5).Cast<object>().ToList());
            }

            survivors = passing;
        }

        return (Text, survivors.Take(5).Cast<object>().ToList());
    }
}

/// <summary>The compiled conditions of a pattern over <typeparamref name="T"/>.</summary>
internal sealed class PatternParts<T, TKey>
    where TKey : struct
{
    public required int MemoryId { get; init; }

    /// <summary>Gets all conditions that read bound variables (join keys included), or null.</summary>
    public Func<T, object?[], bool>? Full { get; init; }

    /// <summary>Gets the conditions left after the hash-join keys matched, or null.</summary>
    public Func<T, object?[], bool>? Residual { get; init; }

    /// <summary>Gets the join key computed from the bound variables, or null when the pattern has no equality join.</summary>
    public Func<object?[], TKey>? ProbeKey { get; init; }

    /// <summary>Gets every condition separately (for why-not), compiled on first use.</summary>
    public required Lazy<IReadOnlyList<(string Text, Func<T, object?[], bool> Check)>> Checks { get; init; }
}
