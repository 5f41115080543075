namespace Wlz.Rules.Engine.Runtime;

/// <summary>Stores the array of all matching facts (possibly empty) in a slot.</summary>
internal sealed class CollectNode<T, TKey>(string text, PatternParts<T, TKey> parts, int slot) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        var slots = evaluator.Slots;
        T[] collected = [];
        if (Candidates(Memory(evaluator), slots, out var items, out _, out int count, out var condition))
        {
            int found = 0;
            T[]? buffer = null;
            for (int i = 0; i < count; i++)
            {
                if (condition is not null && !condition(items[i], slots))
                {
                    continue;
                }

                buffer ??= new T[condition is null ? count : Math.Min(count, 4)];
                if (found == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(count, buffer.Length * 2));
                }

                buffer[found++] = items[i];
            }

            if (buffer is not null)
            {
                if (found != buffer.Length)
                {
                    Array.Resize(ref buffer, found);
                }

                collected = buffer;
            }
        }

        slots[slot] = collected;
        return evaluator.Next(chain, index);
    }
}
