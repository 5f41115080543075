namespace Wlz.Rules.Engine.Runtime;

/// <summary>Passes when a matching fact exists (or, negated, when none does).</summary>
internal sealed class ExistsNode<T, TKey>(string text, PatternParts<T, TKey> parts, bool negated) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        return Any(evaluator) == negated ? false : evaluator.Next(chain, index);
    }

    public override (string Condition, IReadOnlyList<object> Candidates) Diagnose(Session session, object?[] slots)
    {
        if (!negated)
        {
            return base.Diagnose(session, slots);
        }

        var blocking = new List<object>();
        var checks = Parts.Checks.Value;
        foreach (object fact in session.FactsAssignableTo(typeof(T)))
        {
            if (checks.All(c => c.Check((T)fact, slots)))
            {
                blocking.Add(fact);
            }
        }

        return (Text, blocking.Take(5).ToList());
    }

    private bool Any(Evaluator evaluator)
    {
        var slots = evaluator.Slots;
        var memory = Memory(evaluator);
        if (UsesIndex(memory))
        {
            int i = memory.Lookup(Parts.ProbeKey!(slots));
            var residual = Parts.Residual;
            if (residual is null)
            {
                return i >= 0;
            }

            var items = memory.Items;
            var next = memory.Next;
            for (; i >= 0; i = next[i])
            {
                if (residual(items[i], slots))
                {
                    return true;
                }
            }

            return false;
        }

        int count = memory.Count;
        var full = Parts.Full;
        if (full is null)
        {
            return count > 0;
        }

        var facts = memory.Items;
        for (int i = 0; i < count; i++)
        {
            if (full(facts[i], slots))
            {
                return true;
            }
        }

        return false;
    }
}
