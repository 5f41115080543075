namespace Wlz.Rules.Engine.Runtime;

/// <summary>Stores every fact that passes the conditions, in memory order, as an array (empty when none does).</summary>
internal sealed class CollectNode<T, TKey>(string text, PatternParts<T, TKey> parts, int slot) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        var slots = evaluator.Slots;
        var candidates = Candidates(evaluator, 0, int.MaxValue);
        var filter = Filter(candidates);
        T[]? buffer = null;
        int found = 0;
        while (candidates.MoveNext())
        {
            var fact = candidates.Current;
            if (filter is null || filter(fact, slots))
            {
                buffer ??= new T[4];
                if (found == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer[found++] = fact;
            }
        }

        if (buffer is not null && found != buffer.Length)
        {
            Array.Resize(ref buffer, found);
        }

        slots[slot] = buffer ?? [];
        return evaluator.Next(chain, index);
    }
}
