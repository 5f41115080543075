using System.Runtime.InteropServices;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>The facts of one pattern (after its single-fact conditions) in one session, in insertion-sequence order.</summary>
internal abstract class FactMemory
{
    /// <summary>The room a new memory has: a partition with no more facts of a type than this never resizes.</summary>
    public const int InitialCapacity = 4;

    /// <summary>Adds a fact, unless the memory's alpha condition rejects it.</summary>
    /// <returns>Whether the fact was added.</returns>
    public abstract bool Add(object fact, int sequence);

    public abstract void Clear();

    /// <summary>Makes room for <paramref name="additional"/> more facts at once, so a large session copies no arrays.</summary>
    public abstract void Reserve(int additional);
}

/// <summary>
/// A typed fact memory with an optional hash index on the join key, built lazily once the memory is large. The index
/// maps a key to the first fact with that key; facts with the same key are chained through <see cref="Next"/> in
/// insertion-sequence order, so the index allocates nothing per fact. <c>_tails</c> holds, at a chain's first fact, the
/// chain's last fact, and -1 at every other fact.
/// </summary>
internal sealed class FactMemory<T, TKey> : FactMemory
    where TKey : struct
{
    private readonly MemorySpec<T, TKey> _spec;
    private Dictionary<TKey, int>? _index;
    private int _lastFound = -1;
    private int[] _tails;
    private bool _indexed;

    public FactMemory(MemorySpec<T, TKey> spec)
    {
        _spec = spec;
        Items = new T[InitialCapacity];
        Sequences = new int[InitialCapacity];
        Next = spec.Key is null ? [] : new int[InitialCapacity];
        _tails = spec.Key is null ? [] : new int[InitialCapacity];
    }

    public T[] Items { get; private set; }

    public int[] Sequences { get; private set; }

    /// <summary>Gets, per fact, the position of the next fact with the same key, or -1 (only meaningful once indexed).</summary>
    public int[] Next { get; private set; }

    public int Count { get; private set; }

    public override bool Add(object fact, int sequence)
    {
        var typed = (T)fact;
        if (_spec.Alpha is { } alpha && !alpha(typed))
        {
            return false;
        }

        if (Count == Items.Length)
        {
            Grow();
        }

        int position = Count++;
        Items[position] = typed;
        Sequences[position] = sequence;
        if (_indexed)
        {
            AddToIndex(typed, position);
        }

        return true;
    }

    public override void Clear()
    {
        if (Count == 0)
        {
            return;
        }

        Array.Clear(Items, 0, Count);
        Count = 0;
        if (_indexed)
        {
            _index!.Clear();
            _indexed = false;
            _lastFound = -1;
        }
    }

    public override void Reserve(int additional)
    {
        int needed = Count + additional;
        if (needed > Items.Length)
        {
            Resize(needed);
        }
    }

    /// <summary>Finds the first fact whose key equals <paramref name="key"/>, building the index on first use.</summary>
    /// <returns>Its position, or -1.</returns>
    public int Lookup(TKey key)
    {
        if (!_indexed)
        {
            _index ??= new Dictionary<TKey, int>(Count);
            for (int i = 0; i < Count; i++)
            {
                AddToIndex(Items[i], i);
            }

            _indexed = true;
        }

        // Probes often come in the memory's own order (facts of one cliënt after another), so the fact after the last
        // one found is tried first: one key comparison instead of a hash and a random read of the index.
        int predicted = _lastFound + 1;
        if (predicted < Count && _tails[predicted] >= 0 && EqualityComparer<TKey>.Default.Equals(_spec.Key!(Items[predicted]), key))
        {
            _lastFound = predicted;
            return predicted;
        }

        if (_index!.TryGetValue(key, out int head))
        {
            _lastFound = head;
            return head;
        }

        return -1;
    }

    private void Grow() => Resize(Items.Length * 2);

    private void Resize(int size)
    {
        var items = new T[size];
        Array.Copy(Items, items, Count);
        Items = items;
        var sequences = new int[size];
        Array.Copy(Sequences, sequences, Count);
        Sequences = sequences;
        if (Next.Length > 0)
        {
            var next = new int[size];
            Array.Copy(Next, next, Count);
            Next = next;
            var tails = new int[size];
            Array.Copy(_tails, tails, Count);
            _tails = tails;
        }
    }

    private void AddToIndex(T fact, int position)
    {
        Next[position] = -1;
        ref int head = ref CollectionsMarshal.GetValueRefOrAddDefault(_index!, _spec.Key!(fact), out bool exists);
        if (exists)
        {
            Next[_tails[head]] = position;
            _tails[head] = position;
            _tails[position] = -1;
        }
        else
        {
            head = position;
            _tails[position] = position;
        }
    }
}

/// <summary>The compiled, session-independent description of a fact memory.</summary>
internal abstract class MemorySpec
{
    public abstract Type FactType { get; }

    public abstract FactMemory Create();

    /// <summary>Gets whether the memory keeps every fact of its type (no alpha condition, no join key).</summary>
    public abstract bool IsPlain { get; }
}

/// <summary>A typed memory description: the single-fact (alpha) filter and the join key of the candidate fact.</summary>
internal sealed class MemorySpec<T, TKey>(Func<T, bool>? alpha, Func<T, TKey>? key) : MemorySpec
    where TKey : struct
{
    public Func<T, bool>? Alpha { get; } = alpha;

    public Func<T, TKey>? Key { get; } = key;

    public override Type FactType => typeof(T);

    public override FactMemory Create() => new FactMemory<T, TKey>(this);

    public override bool IsPlain => Alpha is null && Key is null;
}
