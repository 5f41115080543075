namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// The facts of one session: per runtime type a route to the memories it enters, the facts waiting to enter (the
/// caller's, until <c>Fire</c>), and a sequence number for each fact that entered, which semi-naive evaluation reads.
/// </summary>
internal sealed class WorkingMemory
{
    private const int MaxRememberedRouteOrders = 64;

    private static readonly Comparison<FactRoute> ByTypeName = (x, y) => string.CompareOrdinal(x.TypeName, y.TypeName);

    private readonly SessionFactory _factory;
    private readonly SessionOptions _options;
    private readonly List<FactRoute> _usedRoutes = [];
    private readonly Dictionary<ulong, FactRoute[]> _routeOrders = [];
    private readonly FactRoute?[] _recentRoutes = new FactRoute?[8];
    private bool[] _routeUsed = [];
    private List<object>?[] _facts = [];
    private int _nextRecentRoute;
    private FactRoute? _lastRoute;

    public WorkingMemory(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _options = options;
        Memories = new FactMemory[factory.Memories.Length];
        for (int i = 0; i < Memories.Length; i++)
        {
            Memories[i] = factory.Memories[i].Create();
        }

        // The sequence of the last fact each memory accepted (-1: empty), in one flat array: every rule check reads it.
        LastSequence = new int[Memories.Length];
        Array.Fill(LastSequence, -1);
    }

    public FactMemory[] Memories { get; }

    /// <summary>Gets, per memory, the sequence of the last fact it accepted, or -1.</summary>
    public int[] LastSequence { get; }

    /// <summary>Gets the sequence the next fact will get: the number of facts that entered.</summary>
    public int Sequence { get; private set; }

    /// <summary>Adds a caller's fact; it enters at <see cref="EnterCallerFacts"/>.</summary>
    public void Add(object fact) => FactsOf(RouteOf(fact)).Add(fact);

    public bool Remove(object fact)
    {
        var route = RouteOf(fact);
        var facts = route.Id < _facts.Length ? _facts[route.Id] : null;
        if (facts is null)
        {
            return false;
        }

        for (int i = 0; i < facts.Count; i++)
        {
            if (ReferenceEquals(facts[i], fact))
            {
                facts.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>Enters the caller's facts into the memories: type by type in type-name order, so insertion order does not matter.</summary>
    public void EnterCallerFacts()
    {
        if (_usedRoutes.Count > 1)
        {
            OrderRoutes();
        }

        // Iterate over a fixed count: derived facts may add routes later, but not during this loop.
        for (int r = 0; r < _usedRoutes.Count; r++)
        {
            var route = _usedRoutes[r];
            var facts = _facts[route.Id]!;
            var comparer = _options.FactComparer ?? route.Comparer;
            if (comparer is not null && facts.Count > 1)
            {
                StableSort(facts, comparer);
            }

            if (facts.Count > FactMemory.InitialCapacity)
            {
                // The caller's facts of a type are known before any enters: one allocation per memory, not a doubling series.
                foreach (int memory in route.Memories)
                {
                    Memories[memory].Reserve(facts.Count);
                }
            }

            for (int i = 0; i < facts.Count; i++)
            {
                Enter(route, facts[i], null);
            }
        }
    }

    /// <summary>Adds and enters a fact that a firing produced.</summary>
    public void EnterDerived(object fact, RuleFiring firing)
    {
        var route = RouteOf(fact);
        FactsOf(route).Add(fact);
        Enter(route, fact, firing);
    }

    public IEnumerable<object> FactsAssignableTo(Type type)
    {
        foreach (var route in _usedRoutes)
        {
            if (type.IsAssignableFrom(route.Type))
            {
                foreach (object fact in _facts[route.Id]!)
                {
                    yield return fact;
                }
            }
        }
    }

    /// <summary>Empties what this partition touched: a large rule set has many memories, a partition few facts.</summary>
    public void Clear()
    {
        foreach (var route in _usedRoutes)
        {
            _facts[route.Id]!.Clear();
            _routeUsed[route.Id] = false;
            foreach (int memory in route.Memories)
            {
                Memories[memory].Clear();
                LastSequence[memory] = -1;
            }
        }

        _usedRoutes.Clear();
        Sequence = 0;
    }

    private void Enter(FactRoute route, object fact, RuleFiring? insertedBy)
    {
        if (route.Memories.Length == 0)
        {
            // No pattern reads this type (a signal, say): it needs no sequence, and so starts no new round.
            _options.Listener?.FactInserted(fact, insertedBy);
            return;
        }

        int sequence = Sequence++;
        int current = -1;
        try
        {
            foreach (int memory in route.Memories)
            {
                current = memory;
                if (Memories[memory].Add(fact, sequence))
                {
                    LastSequence[memory] = sequence;
                }
            }
        }
        catch (Exception exception) when (exception is not RuleEvaluationException)
        {
            // A memory evaluates its pattern's single-fact conditions and join key as a fact enters: name that pattern.
            var owner = _factory.Memories[current];
            throw new RuleEvaluationException(owner.RuleId, owner.Element, -1, exception);
        }

        _options.Listener?.FactInserted(fact, insertedBy);
    }

    private FactRoute RouteOf(object fact)
    {
        var type = fact.GetType();
        var route = _lastRoute;
        if (route is not null && route.Type == type)
        {
            return route;
        }

        // Partitions interleave a few fact types: a short scan of the routes seen last beats the factory's dictionary.
        var recent = _recentRoutes;
        for (int i = 0; i < recent.Length; i++)
        {
            route = recent[i];
            if (route is null)
            {
                break;
            }

            if (route.Type == type)
            {
                _lastRoute = route;
                return route;
            }
        }

        route = _factory.Route(type);
        recent[_nextRecentRoute] = route;
        _nextRecentRoute = (_nextRecentRoute + 1) % recent.Length;
        _lastRoute = route;
        return route;
    }

    private List<object> FactsOf(FactRoute route)
    {
        if (route.Id >= _facts.Length)
        {
            int size = Math.Max(route.Id + 1, _facts.Length * 2);
            Array.Resize(ref _facts, size);
            Array.Resize(ref _routeUsed, size);
        }

        var facts = _facts[route.Id] ??= [];
        if (!_routeUsed[route.Id])
        {
            _routeUsed[route.Id] = true;
            _usedRoutes.Add(route);
        }

        return facts;
    }

    /// <summary>
    /// Puts the caller's fact types in type-name order. Partitions of one population nearly always hold the same set of
    /// types: the order of each set is remembered.
    /// </summary>
    private void OrderRoutes()
    {
        ulong set = 0;
        foreach (var route in _usedRoutes)
        {
            if (route.Id >= 64)
            {
                _usedRoutes.Sort(ByTypeName);
                return;
            }

            set |= 1UL << route.Id;
        }

        if (_routeOrders.TryGetValue(set, out var order))
        {
            for (int i = 0; i < order.Length; i++)
            {
                _usedRoutes[i] = order[i];
            }

            return;
        }

        _usedRoutes.Sort(ByTypeName);
        if (_routeOrders.Count < MaxRememberedRouteOrders)
        {
            _routeOrders[set] = [.. _usedRoutes];
        }
    }

    private static void StableSort(List<object> facts, IComparer<object> comparer)
    {
        var entries = new (object Fact, int Index)[facts.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = (facts[i], i);
        }

        Array.Sort(entries, (x, y) =>
        {
            int order = comparer.Compare(x.Fact, y.Fact);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        });
        for (int i = 0; i < entries.Length; i++)
        {
            facts[i] = entries[i].Fact;
        }
    }
}
