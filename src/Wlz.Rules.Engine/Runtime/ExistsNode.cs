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
        if (!Candidates(Memory(evaluator), slots, out var items, out _, out int count, out var condition))
        {
            return false;
        }

        if (condition is null)
        {
            return count > 0;
        }

        for (int i = 0; i < count; i++)
        {
            if (condition(items[i], slots))
            {
                return true;
            }
        }

        return false;
    }
}
