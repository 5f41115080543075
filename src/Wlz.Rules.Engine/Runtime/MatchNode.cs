namespace Wlz.Rules.Engine.Runtime;

/// <summary>Matches a fact and stores it in a slot; top-level matches take part in semi-naive evaluation.</summary>
internal sealed class MatchNode<T, TKey>(string text, PatternParts<T, TKey> parts, int slot, int ordinal) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        // A top-level match reads only the facts of the current semi-naive range; a match inside a group reads them all.
        var candidates = ordinal >= 0
            ? Candidates(evaluator, evaluator.Low[ordinal], evaluator.High[ordinal])
            : Candidates(evaluator, 0, int.MaxValue);
        var filter = Filter(candidates);
        var slots = evaluator.Slots;
        while (candidates.MoveNext())
        {
            var fact = candidates.Current;
            if (filter is not null && !filter(fact, slots))
            {
                continue;
            }

            slots[slot] = fact;
            if (evaluator.Next(chain, index))
            {
                return true;
            }
        }

        return false;
    }
}
