namespace Wlz.Rules.Engine.Runtime;

/// <summary>The shared parts of the nodes that look facts up in a memory: its candidates and the conditions they must pass.</summary>
internal abstract class PatternNode<T, TKey>(string text, PatternParts<T, TKey> parts) : LhsNode(text)
    where TKey : struct
{
    protected PatternParts<T, TKey> Parts { get; } = parts;

    public override (string Condition, IReadOnlyList<object> Candidates) Diagnose(WorkingMemory memory, object?[] slots)
    {
        var all = new List<T>();
        foreach (object fact in memory.FactsAssignableTo(typeof(T)))
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

    /// <summary>Gets the candidates of this pattern's memory within a sequence range.</summary>
    protected Candidates<T> Candidates(Evaluator evaluator, int low, int high) =>
        ((FactMemory<T, TKey>)evaluator.Memories[Parts.MemoryId]).Candidates(Parts.ProbeKey, evaluator.Slots, low, high);

    /// <summary>The conditions a candidate must still pass: the residual after a hash-chain hit, else all of them.</summary>
    protected Func<T, object?[], bool>? Filter(in Candidates<T> candidates) => candidates.Chained ? Parts.Residual : Parts.Full;

    /// <summary>Whether any fact of the memory passes the conditions.</summary>
    protected bool AnyMatch(Evaluator evaluator)
    {
        var candidates = Candidates(evaluator, 0, int.MaxValue);
        var filter = Filter(candidates);
        if (filter is null)
        {
            return candidates.MoveNext();
        }

        var slots = evaluator.Slots;
        while (candidates.MoveNext())
        {
            if (filter(candidates.Current, slots))
            {
                return true;
            }
        }

        return false;
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
