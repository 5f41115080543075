namespace Wlz.Rules.Engine.Runtime;

/// <summary>Passes when no fact passes the conditions.</summary>
internal sealed class NotNode<T, TKey>(string text, PatternParts<T, TKey> parts) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index) =>
        !AnyMatch(evaluator) && evaluator.Next(chain, index);

    /// <summary>Names the facts that block the rule: those that pass every condition.</summary>
    public override (string Condition, IReadOnlyList<object> Candidates) Diagnose(WorkingMemory memory, object?[] slots)
    {
        var blocking = new List<object>();
        var checks = Parts.Checks.Value;
        foreach (object fact in memory.FactsAssignableTo(typeof(T)))
        {
            if (checks.All(c => c.Check((T)fact, slots)))
            {
                blocking.Add(fact);
            }
        }

        return (Text, blocking.Take(5).ToList());
    }
}
