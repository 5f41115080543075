namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// The facts of a memory that a pattern has to test, in memory order: the hash chain of the probed key when the
/// memory is indexed, otherwise every fact (prefetching a few ahead). Facts outside the sequence range
/// [<c>low</c>, <c>high</c>) of a semi-naive round are skipped.
/// </summary>
/// <remarks>
/// A chained candidate already has the join key; the pattern tests only its <see cref="PatternParts{T, TKey}.Residual"/>
/// conditions. A scanned candidate gets the <see cref="PatternParts{T, TKey}.Full"/> conditions (<see cref="Chained"/>).
/// </remarks>
internal ref struct Candidates<T>
{
    private readonly T[] _items;
    private readonly int[] _sequences;
    private readonly int[]? _next;
    private readonly int _count;
    private readonly int _low;
    private readonly int _high;
    private readonly bool _ranged;
    private int _current;
    private int _following;

    /// <summary>Initializes the hash chain that starts at <paramref name="first"/>.</summary>
    public Candidates(T[] items, int[] sequences, int[] next, int first, int low, int high)
    {
        _items = items;
        _sequences = sequences;
        _next = next;
        _low = low;
        _high = high;
        _ranged = low > 0 || high != int.MaxValue;
        _current = -1;
        _following = first;
        Chained = true;
    }

    /// <summary>Initializes a scan of the first <paramref name="count"/> facts, from the first at or after <paramref name="low"/>.</summary>
    public Candidates(T[] items, int[] sequences, int count, int low, int high)
    {
        _items = items;
        _sequences = sequences;
        _count = count;
        _low = low;
        _high = high;
        _ranged = high != int.MaxValue;
        _current = (low == 0 ? 0 : LowerBound(sequences, count, low)) - 1;
        Chained = false;
    }

    /// <summary>Gets a value indicating whether the candidates come from the hash chain (their join key already matches).</summary>
    public bool Chained { get; }

    /// <summary>Gets the current candidate.</summary>
    public readonly T Current => _items[_current];

    /// <summary>Moves to the next candidate.</summary>
    /// <returns>False when there is none.</returns>
    public bool MoveNext()
    {
        if (Chained)
        {
            while (_following >= 0)
            {
                int i = _following;
                _following = _next![i];
                if (_ranged)
                {
                    int sequence = _sequences[i];
                    if (sequence < _low)
                    {
                        continue;
                    }

                    if (sequence >= _high)
                    {
                        return false;   // a chain is in memory order, so nothing later is in range either
                    }
                }

                _current = i;
                return true;
            }

            return false;
        }

        int j = _current + 1;
        if (j >= _count || (_ranged && _sequences[j] >= _high))
        {
            return false;
        }

        CacheHint.PrefetchAhead(_items, j, _count);
        _current = j;
        return true;
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
