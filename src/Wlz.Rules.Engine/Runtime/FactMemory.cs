using System.Numerics;
using System.Runtime.CompilerServices;
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
/// A typed fact memory with an optional hash index on the join key, built lazily once the memory is large.
/// </summary>
/// <remarks>
/// The index is kept in arrays parallel to <see cref="Items"/>, so it allocates nothing per fact and keeps the facts'
/// own order: <c>_buckets</c> holds, per bucket, the position (plus one) of a chain's first fact; <c>_bucketNext</c>
/// links the first facts of the keys that share a bucket; <c>_hashes</c> holds each fact's key hash, so a probe compares
/// keys only when the hashes are equal. Facts with the same key are chained through <see cref="Next"/> in
/// insertion-sequence order, and <c>_tails</c> holds, at a chain's first fact, the chain's last fact, and -1 at every
/// other fact. The index itself costs 8 bytes per fact (hash and bucket link) and a share of the buckets, where a
/// <see cref="Dictionary{TKey,TValue}"/> entry took 24 to 32.
/// </remarks>
internal sealed class FactMemory<T, TKey> : FactMemory
    where TKey : struct
{
    private const int MinimumBuckets = 8;

    private readonly MemorySpec<T, TKey> _spec;
    private int[] _tails;
    private int[] _hashes = [];
    private int[] _bucketNext = [];
    private int[] _buckets = [];
    private int _bucketShift;
    private int _chains;
    private int _lastFound = -1;
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
        // The session routes each fact by its runtime type to memories of that type or a base type, so a reference
        // fact needs no cast, and storing it needs no array type check. Without both, a fact with no alpha condition
        // enters without being read, which matters once the facts no longer fit in the cache.
        var typed = typeof(T).IsValueType ? (T)fact : Unsafe.As<object, T>(ref fact);
        if (_spec.Alpha is { } alpha && !alpha(typed))
        {
            return false;
        }

        if (Count == Items.Length)
        {
            Grow();
        }

        int position = Count++;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Items), position) = typed;
        Sequences[position] = sequence;
        if (_indexed)
        {
            _hashes[position] = HashOf(KeyAt(position));
            Link(position);
        }

        return true;
    }

    public override void Clear()
    {
        if (Count == 0)
        {
            return;
        }

        if (_indexed)
        {
            ClearBuckets();
            _indexed = false;
            _chains = 0;
            _lastFound = -1;
        }

        Array.Clear(Items, 0, Count);
        Count = 0;
    }

    public override void Reserve(int additional)
    {
        int needed = Count + additional;
        if (needed > Items.Length)
        {
            Resize(needed);
        }
    }

    /// <summary>Below this many facts a scan beats building and probing a hash index.</summary>
    public const int IndexThreshold = 8;

    /// <summary>
    /// Gets the facts a pattern must test: the chain of the probed key when the pattern joins on a key and the memory is
    /// large enough to index, otherwise all facts; within the sequence range [<paramref name="low"/>, <paramref name="high"/>).
    /// </summary>
    /// <param name="probe">Computes the join key from the bound variables, or <see langword="null"/> for no equality join.</param>
    /// <param name="slots">The bound variables.</param>
    /// <param name="low">The first sequence to include.</param>
    /// <param name="high">The first sequence to leave out (<see cref="int.MaxValue"/>: no end).</param>
    /// <returns>The candidates, in memory order.</returns>
    public Candidates<T> Candidates(Func<object?[], TKey>? probe, object?[] slots, int low, int high)
    {
        if (probe is not null && Count > IndexThreshold)
        {
            int first = Lookup(probe(slots));   // first: the lookup may build the index and its arrays
            return new Candidates<T>(Items, Sequences, Next, first, low, high);
        }

        return new Candidates<T>(Items, Sequences, Count, low, high);
    }

    /// <summary>Finds the first fact whose key equals <paramref name="key"/>, building the index on first use.</summary>
    /// <returns>Its position, or -1.</returns>
    public int Lookup(TKey key)
    {
        if (!_indexed)
        {
            BuildIndex();
        }

        // Probes often come in the memory's own order (facts of one cliënt after another), so the fact after the last
        // one found is tried first: one key comparison instead of a hash and a random read of the index.
        int predicted = _lastFound + 1;
        if (predicted < Count && _tails[predicted] >= 0 && HasKey(predicted, key))
        {
            _lastFound = predicted;
            return predicted;
        }

        int hash = HashOf(key);
        var hashes = _hashes;
        var bucketNext = _bucketNext;
        for (int p = _buckets[BucketOf(hash)] - 1; p >= 0; p = bucketNext[p])
        {
            if (hashes[p] == hash && HasKey(p, key))
            {
                _lastFound = p;
                return p;
            }
        }

        return -1;
    }

    private static int HashOf(TKey key) => EqualityComparer<TKey>.Default.GetHashCode(key);

    private TKey KeyAt(int position) => _spec.Key!(Items[position]);

    private bool HasKey(int position, TKey key) => EqualityComparer<TKey>.Default.Equals(KeyAt(position), key);

    /// <summary>Fibonacci hashing: the top bits of the product, so keys whose hashes differ only in high bits spread too.</summary>
    private int BucketOf(int hash) => unchecked((int)(((uint)hash * 0x9E3779B9u) >> _bucketShift));

    private void BuildIndex()
    {
        if (_hashes.Length < Items.Length)
        {
            _hashes = new int[Items.Length];
            _bucketNext = new int[Items.Length];
        }

        int buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(Count, MinimumBuckets));
        if (_buckets.Length < buckets)
        {
            SetBuckets(buckets);
        }

        // Two passes: the first reads every fact and its key in memory order, the second only touches the buckets. Done
        // in one pass, each bucket's cache miss waited for the fact's; apart, the processor overlaps them (4× faster at
        // a million facts, measured). Both passes prefetch what they read a few iterations later.
        var items = Items;
        var hashes = _hashes;
        int count = Count;
        for (int i = 0; i < count; i++)
        {
            CacheHint.PrefetchAhead(items, i, count);
            hashes[i] = HashOf(KeyAt(i));
        }

        for (int i = 0; i < count; i++)
        {
            if (i + CacheHint.Distance < count)
            {
                CacheHint.Prefetch(ref _buckets[BucketOf(hashes[i + CacheHint.Distance])]);
            }

            Link(i);
        }

        _indexed = true;
    }

    /// <summary>Puts the fact at <paramref name="position"/>, whose hash is stored, at the end of its key's chain.</summary>
    private void Link(int position)
    {
        if (_chains >= _buckets.Length)
        {
            Rehash(position);
        }

        int hash = _hashes[position];
        Next[position] = -1;
        ref int bucket = ref _buckets[BucketOf(hash)];
        for (int p = bucket - 1; p >= 0; p = _bucketNext[p])
        {
            // The new fact's key is read only when a hash matches: the build's second pass reads no facts otherwise.
            if (_hashes[p] == hash && HasKey(p, KeyAt(position)))
            {
                Next[_tails[p]] = position;
                _tails[p] = position;
                _tails[position] = -1;
                return;
            }
        }

        _tails[position] = position;
        _bucketNext[position] = bucket - 1;
        bucket = position + 1;
        _chains++;
    }

    /// <summary>Doubles the buckets and relinks the chains of the facts before <paramref name="linked"/>.</summary>
    private void Rehash(int linked)
    {
        SetBuckets(_buckets.Length * 2);
        for (int p = 0; p < linked; p++)
        {
            if (_tails[p] >= 0)
            {
                ref int bucket = ref _buckets[BucketOf(_hashes[p])];
                _bucketNext[p] = bucket - 1;
                bucket = p + 1;
            }
        }
    }

    private void SetBuckets(int size)
    {
        _buckets = new int[size];
        _bucketShift = 32 - BitOperations.Log2((uint)size);
    }

    private void ClearBuckets()
    {
        // A session reused after one large partition keeps its large buckets: a small partition clears only its own.
        if (Count >= _buckets.Length / 4)
        {
            Array.Clear(_buckets);
            return;
        }

        for (int p = 0; p < Count; p++)
        {
            _buckets[BucketOf(_hashes[p])] = 0;
        }
    }

    private void Grow() => Resize(Items.Length * 2);

    private void Resize(int size)
    {
        Items = Resized(Items, size);
        Sequences = Resized(Sequences, size);
        if (Next.Length > 0)
        {
            Next = Resized(Next, size);
            _tails = Resized(_tails, size);
            if (_hashes.Length > 0)
            {
                _hashes = Resized(_hashes, size);
                _bucketNext = Resized(_bucketNext, size);
            }
        }
    }

    private TElement[] Resized<TElement>(TElement[] array, int size)
    {
        var resized = new TElement[size];
        Array.Copy(array, resized, Count);
        return resized;
    }
}

/// <summary>The compiled, session-independent description of a fact memory.</summary>
internal abstract class MemorySpec
{
    public abstract Type FactType { get; }

    public abstract FactMemory Create();

    /// <summary>Gets whether the memory keeps every fact of its type (no alpha condition, no join key).</summary>
    public abstract bool IsPlain { get; }

    /// <summary>Gets the id of the rule whose pattern made this memory (only plain memories, which cannot throw, are shared).</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the text of that pattern.</summary>
    public required string Element { get; init; }
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
