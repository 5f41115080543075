namespace Wlz.Rules.Engine.Runtime;

/// <summary>Matches a fact and stores it in a slot; top-level matches take part in semi-naive evaluation.</summary>
internal sealed class MatchNode<T, TKey>(string text, PatternParts<T, TKey> parts, int slot, int ordinal) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        var slots = evaluator.Slots;
        var memory = Memory(evaluator);
        int low = 0;
        int high = int.MaxValue;
        if (ordinal >= 0)
        {
            low = evaluator.Low[ordinal];
            high = evaluator.High[ordinal];
        }

        if (UsesIndex(memory))
        {
            int i = memory.Lookup(Parts.ProbeKey!(slots));
            var items = memory.Items;
            var sequences = memory.Sequences;
            var next = memory.Next;
            var residual = Parts.Residual;
            for (; i >= 0; i = next[i])
            {
                int sequence = sequences[i];
                if (sequence < low)
                {
                    continue;
                }

                if (sequence >= high)
                {
                    break;
                }

                var fact = items[i];
                if (residual is not null && !residual(fact, slots))
                {
                    continue;
                }

                slots[slot] = fact;
                if (evaluator.Next(chain, index))
                {
                    return true;
                }
            }
        }
        else
        {
            var items = memory.Items;
            var sequences = memory.Sequences;
            int count = memory.Count;
            var full = Parts.Full;
            int start = low == 0 ? 0 : LowerBound(sequences, count, low);
            for (int i = start; i < count; i++)
            {
                if (sequences[i] >= high)
                {
                    break;
                }

                CacheHint.PrefetchAhead(items, i, count);
                var fact = items[i];
                if (full is not null && !full(fact, slots))
                {
                    continue;
                }

                slots[slot] = fact;
                if (evaluator.Next(chain, index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int LowerBound(int[] sequences, int count, int value)
    {
        int low = 0;
        int high = count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (sequences[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
