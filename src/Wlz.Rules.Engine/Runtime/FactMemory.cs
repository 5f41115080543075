namespace Wlz.Rules.Engine.Runtime;

/// <summary>The facts of one pattern (after its single-fact conditions) in one session, in insertion-sequence order.</summary>
internal abstract class FactMemory
{
    public abstract void Add(object fact, int sequence);

    public abstract void Clear();

    /// <summary>Gets the sequence number of the last fact added, or -1.</summary>
    public abstract int LastSequence { get; }
}

/// <summary>A typed fact memory with an optional hash index on the join key, built lazily once the memory is large.</summary>
internal sealed class FactMemory<T, TKey> : FactMemory
    where TKey : struct
{
    private readonly MemorySpec<T, TKey> _spec;
    private Dictionary<TKey, Bucket<T>>? _index;
    private bool _indexed;

    public FactMemory(MemorySpec<T, TKey> spec)
    {
        _spec = spec;
        Items = new T[4];
        Sequences = new int[4];
    }

    public T[] Items { get; private set; }

    public int[] Sequences { get; private set; }

    public int Count { get; private set; }

    public override int LastSequence => Count == 0 ? -1 : Sequences[Count - 1];

    public override void Add(object fact, int sequence)
    {
        var typed = (T)fact;
        if (_spec.Alpha is { } alpha && !alpha(typed))
        {
            return;
        }

        if (Count == Items.Length)
        {
            var items = new T[Count * 2];
            Array.Copy(Items, items, Count);
            Items = items;
            var sequences = new int[Count * 2];
            Array.Copy(Sequences, sequences, Count);
            Sequences = sequences;
        }

        Items[Count] = typed;
        Sequences[Count] = sequence;
        Count++;
        if (_indexed)
        {
            AddToIndex(typed, sequence);
        }
    }

    public override void Clear()
    {
        Array.Clear(Items, 0, Count);
        Count = 0;
        if (_indexed)
        {
            _index!.Clear();
            _indexed = false;
        }
    }

    /// <summary>Finds the bucket of facts whose key equals <paramref name="key"/>, building the index on first use.</summary>
    public Bucket<T>? Lookup(TKey key)
    {
        if (!_indexed)
        {
            _index ??= new Dictionary<TKey, Bucket<T>>(Count);
            for (int i = 0; i < Count; i++)
            {
                AddToIndex(Items[i], Sequences[i]);
            }

            _indexed = true;
        }

        return _index!.TryGetValue(key, out var bucket) ? bucket : null;
    }

    private void AddToIndex(T fact, int sequence)
    {
        var key = _spec.Key!(fact);
        if (!_index!.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket<T>();
            _index.Add(key, bucket);
        }

        bucket.Add(fact, sequence);
    }
}

/// <summary>The facts of one hash-index key, in insertion-sequence order.</summary>
internal sealed class Bucket<T>
{
    public T[] Items { get; private set; } = new T[2];

    public int[] Sequences { get; private set; } = new int[2];

    public int Count { get; private set; }

    public void Add(T fact, int sequence)
    {
        if (Count == Items.Length)
        {
            var items = new T[Count * 2];
            Array.Copy(Items, items, Count);
            Items = items;
            var sequences = new int[Count * 2];
            Array.Copy(Sequences, sequences, Count);
            Sequences = sequences;
        }

        Items[Count] = fact;
        Sequences[Count] = sequence;
        Count++;
    }
}

/// <summary>The compiled, session-independent description of a fact memory.</summary>
internal abstract class MemorySpec
{
    public abstract Type FactType { get; }

    public abstract FactMemory Create();
}

/// <summary>A typed memory description: the single-fact (alpha) filter and the join key of the candidate fact.</summary>
internal sealed class MemorySpec<T, TKey>(Func<T, bool>? alpha, Func<T, TKey>? key) : MemorySpec
    where TKey : struct
{
    public Func<T, bool>? Alpha { get; } = alpha;

    public Func<T, TKey>? Key { get; } = key;

    public override Type FactType => typeof(T);

    public override FactMemory Create() => new FactMemory<T, TKey>(this);
}
