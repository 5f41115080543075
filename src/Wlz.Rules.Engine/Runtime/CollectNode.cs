namespace Wlz.Rules.Engine.Runtime;

/// <summary>Stores the array of all matching facts (possibly empty) in a slot.</summary>
internal sealed class CollectNode<T, TKey>(string text, PatternParts<T, TKey> parts, int slot) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        var slots = evaluator.Slots;
        var memory = Memory(evaluator);
        var items = memory.Items;
        T[]? buffer = null;
        int found = 0;
        if (UsesIndex(memory))
        {
            int i = memory.Lookup(Parts.ProbeKey!(slots));
            var next = memory.Next;
            var residual = Parts.Residual;
            for (; i >= 0; i = next[i])
            {
                if (residual is null || residual(items[i], slots))
                {
                    Append(ref buffer, ref found, items[i]);
                }
            }
        }
        else
        {
            int count = memory.Count;
            var full = Parts.Full;
            for (int i = 0; i < count; i++)
            {
                if (full is null || full(items[i], slots))
                {
                    Append(ref buffer, ref found, items[i]);
                }
            }
        }

        if (buffer is not null && found != buffer.Length)
        {
            Array.Resize(ref buffer, found);
        }

        slots[slot] = buffer ?? [];
        return evaluator.Next(chain, index);
    }

    private static void Append(ref T[]? buffer, ref int found, T fact)
    {
        buffer ??= new T[4];
        if (found == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[found++] = fact;
    }
}
