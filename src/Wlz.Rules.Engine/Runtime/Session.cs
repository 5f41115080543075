using System.Diagnostics;
using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// A working memory and its evaluation: stratum by stratum, rules are matched against the memories (semi-naive: in later
/// rounds only tuples with at least one new fact are considered), and the activations of a round fire in rule order.
/// </summary>
internal sealed class Session : ISession
{
    private const int MaxRememberedRouteOrders = 64;

    private static readonly Comparison<FactRoute> ByTypeName = (x, y) => string.CompareOrdinal(x.TypeName, y.TypeName);

    private readonly SessionFactory _factory;
    private readonly SessionOptions _options;
    private readonly FactMemory[] _memories;
    private readonly Evaluator _evaluator;
    private readonly object?[][] _slots;
    private readonly int[] _lows;
    private readonly int[] _highs;
    private readonly List<FactRoute> _usedRoutes = [];
    private readonly Dictionary<ulong, FactRoute[]> _routeOrders = [];
    private readonly int[] _lastSequence;
    private bool[] _routeUsed = [];
    private readonly List<int> _evaluatedRules = [];
    private readonly bool[] _evaluated;
    private readonly List<(CompiledRule Rule, object?[] Slots)> _agenda = [];
    private readonly List<RuleFiring> _firings = [];
    private readonly List<YieldedResult> _yields = [];
    private readonly long[]? _evaluations;
    private readonly long[]? _activations;
    private readonly long[]? _firingCounts;
    private readonly long[]? _ticks;
    private List<object>?[] _pending = [];
    private readonly FactRoute?[] _recentRoutes = new FactRoute?[8];
    private int _nextRecentRoute;
    private FactRoute? _lastRoute;
    private int _sequence;
    private bool _fired;

    public Session(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _options = options;
        _memories = new FactMemory[factory.Memories.Length];

        // The sequence of the last fact each memory accepted (-1: empty), in one flat array: every rule check reads it.
        _lastSequence = new int[_memories.Length];
        Array.Fill(_lastSequence, -1);
        for (int i = 0; i < _memories.Length; i++)
        {
            _memories[i] = factory.Memories[i].Create();
        }

        var rules = factory.CompiledRules;
        _slots = new object?[rules.Length][];
        _evaluated = new bool[rules.Length];
        int matches = 0;
        for (int i = 0; i < rules.Length; i++)
        {
            _slots[i] = new object?[rules[i].Slots.Length];
            matches = Math.Max(matches, rules[i].MatchMemories.Length);
        }

        // The sequence range each top-level Match reads in the current evaluation (see RunStratum and Evaluate).
        _lows = new int[matches];
        _highs = new int[matches];

        _evaluator = new Evaluator(this, _memories) { Low = _lows, High = _highs };
        if (options.CollectStatistics)
        {
            _evaluations = new long[rules.Length];
            _activations = new long[rules.Length];
            _firingCounts = new long[rules.Length];
            _ticks = new long[rules.Length];
        }
    }

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureOpen();
        Pending(RouteOf(fact)).Add(fact);
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // Arrays and lists are walked by index: the bulk path calls this once per partition, and for a partition that
        // yields nothing an enumerator would be the only allocation.
        if (facts is object[] array)
        {
            foreach (object fact in array)
            {
                Insert(fact);
            }
        }
        else if (facts is IReadOnlyList<object> list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                Insert(list[i]);
            }
        }
        else
        {
            foreach (object fact in facts)
            {
                Insert(fact);
            }
        }
    }

    public bool Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureOpen();
        var route = RouteOf(fact);
        var pending = route.Id < _pending.Length ? _pending[route.Id] : null;
        if (pending is null)
        {
            return false;
        }

        for (int i = 0; i < pending.Count; i++)
        {
            if (ReferenceEquals(pending[i], fact))
            {
                pending.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    public FireResult Fire()
    {
        EnsureOpen();
        _fired = true;
        EnterCallerFacts();
        foreach (var stratum in _factory.Strata)
        {
            RunStratum(stratum);
        }

        if (_firings.Count == 0 && _evaluations is null)
        {
            return FireResult.Empty;
        }

        return new FireResult(_yields.ToArray(), _firings.ToArray(), Statistics());
    }

    public void Reset()
    {
        // Only what this partition touched: a large rule set has many memories and rules, a partition few facts.
        foreach (var route in _usedRoutes)
        {
            _pending[route.Id]!.Clear();
            _routeUsed[route.Id] = false;
            foreach (int memory in route.Memories)
            {
                _memories[memory].Clear();
                _lastSequence[memory] = -1;
            }
        }

        foreach (int rule in _evaluatedRules)
        {
            Array.Clear(_slots[rule]);
            _evaluated[rule] = false;
        }

        _evaluatedRules.Clear();
        _usedRoutes.Clear();
        _agenda.Clear();
        _firings.Clear();
        _yields.Clear();
        if (_evaluations is not null)
        {
            Array.Clear(_evaluations);
            Array.Clear(_activations!);
            Array.Clear(_firingCounts!);
            Array.Clear(_ticks!);
        }

        _sequence = 0;
        _fired = false;
    }

    public WhyNotReport WhyNot(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!_fired)
        {
            throw new InvalidOperationException("WhyNot can only be asked after the session has fired.");
        }

        if (!_factory.ById.TryGetValue(ruleId, out var rule))
        {
            throw new ArgumentException($"No rule with id '{ruleId}'.", nameof(ruleId));
        }

        if (_firings.Exists(f => ReferenceEquals(f.Rule, rule.Definition)))
        {
            return new WhyNotReport(ruleId, true, -1, string.Empty, string.Empty, []);
        }

        var evaluator = _evaluator;
        evaluator.Rule = rule;
        evaluator.Slots = new object?[rule.Slots.Length];
        evaluator.Low = new int[rule.MatchMemories.Length];
        evaluator.High = Enumerable.Repeat(int.MaxValue, rule.MatchMemories.Length).ToArray();
        evaluator.Recording = false;
        evaluator.Tracking = true;
        evaluator.Deepest = 0;
        evaluator.DeepestSlots = (object?[])evaluator.Slots.Clone();
        try
        {
            evaluator.Start(rule.Chain);
        }
        finally
        {
            evaluator.Recording = true;
            evaluator.Tracking = false;
            evaluator.Low = _lows;
            evaluator.High = _highs;
        }

        int index = Math.Min(evaluator.Deepest, rule.Chain.Length - 1);
        if (index < 0)
        {
            return new WhyNotReport(ruleId, false, -1, string.Empty, string.Empty, []);
        }

        var node = rule.Chain[index];
        var (condition, candidates) = node.Diagnose(this, evaluator.DeepestSlots!);
        return new WhyNotReport(ruleId, false, index, node.Text, condition, candidates);
    }

    internal void AddActivation(CompiledRule rule, object?[] slots)
    {
        _agenda.Add((rule, slots));
        if (_activations is not null)
        {
            _activations[rule.Index]++;
        }
    }

    internal IEnumerable<object> FactsAssignableTo(Type type)
    {
        foreach (var route in _usedRoutes)
        {
            if (type.IsAssignableFrom(route.Type))
            {
                foreach (object fact in _pending[route.Id]!)
                {
                    yield return fact;
                }
            }
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

    private void EnsureOpen()
    {
        if (_fired)
        {
            throw new InvalidOperationException("The session has fired; call Reset() before inserting, retracting or firing again.");
        }
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

    private List<object> Pending(FactRoute route)
    {
        if (route.Id >= _pending.Length)
        {
            int size = Math.Max(route.Id + 1, _pending.Length * 2);
            Array.Resize(ref _pending, size);
            Array.Resize(ref _routeUsed, size);
        }

        var pending = _pending[route.Id] ??= [];
        if (!_routeUsed[route.Id])
        {
            _routeUsed[route.Id] = true;
            _usedRoutes.Add(route);
        }

        return pending;
    }

    private void EnterCallerFacts()
    {
        if (_usedRoutes.Count > 1)
        {
            OrderRoutes();
        }

        // Iterate over a fixed count: derived facts may add routes later, but not during this loop.
        for (int r = 0; r < _usedRoutes.Count; r++)
        {
            var route = _usedRoutes[r];
            var facts = _pending[route.Id]!;
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
                    _memories[memory].Reserve(facts.Count);
                }
            }

            for (int i = 0; i < facts.Count; i++)
            {
                Enter(route, facts[i], null);
            }
        }
    }

    /// <summary>
    /// Puts the caller's fact types in type-name order, so that results never depend on insertion order. Partitions of
    /// one population nearly always hold the same set of types: the order of each set is remembered.
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

    private void Enter(FactRoute route, object fact, RuleFiring? insertedBy)
    {
        int sequence = _sequence++;
        foreach (int memory in route.Memories)
        {
            if (_memories[memory].Add(fact, sequence))
            {
                _lastSequence[memory] = sequence;
            }
        }

        _options.Listener?.FactInserted(fact, insertedBy);
    }

    private void RunStratum(CompiledRule[] rules)
    {
        int low = 0;
        int high = _sequence;
        bool first = true;
        for (int round = 0; ; round++)
        {
            if (round > _options.MaxRounds)
            {
                throw new InvalidOperationException(
                    $"Forward chaining did not reach a fixpoint within {_options.MaxRounds} rounds (rules: {string.Join(", ", rules.Select(r => r.Definition.Id))}).");
            }

            if (first)
            {
                Array.Clear(_lows);
                Array.Fill(_highs, high);
            }

            foreach (var rule in rules)
            {
                if (MayActivate(rule, first, low))
                {
                    Evaluate(rule, first, low, high);
                }
            }

            if (_agenda.Count > 0)
            {
                FireAgenda();
            }

            if (_sequence == high)
            {
                return;
            }

            low = high;
            high = _sequence;
            first = false;
        }
    }

    /// <summary>
    /// Whether a rule can find a new match in this round, checked before paying for an evaluation: in the first round
    /// every matched fact type needs a fact (most rules of a large rule set find none in a small partition); in later
    /// rounds some matched memory needs a fact inserted in the previous round.
    /// </summary>
    private bool MayActivate(CompiledRule rule, bool first, int low)
    {
        var matchMemories = rule.MatchMemories;
        if (first)
        {
            for (int i = 0; i < matchMemories.Length; i++)
            {
                if (_lastSequence[matchMemories[i]] < 0)
                {
                    return false;
                }
            }

            return true;
        }

        for (int i = 0; i < matchMemories.Length; i++)
        {
            if (_lastSequence[matchMemories[i]] >= low)
            {
                return true;
            }
        }

        return false;
    }

    private void Evaluate(CompiledRule rule, bool first, int low, int high)
    {
        long started = _ticks is null ? 0 : Stopwatch.GetTimestamp();
        if (!_evaluated[rule.Index])
        {
            _evaluated[rule.Index] = true;
            _evaluatedRules.Add(rule.Index);
        }

        var evaluator = _evaluator;
        evaluator.Rule = rule;
        evaluator.Slots = _slots[rule.Index];
        try
        {
            if (first)
            {
                // Every matched memory is read whole up to the round's end: the ranges were set once for the round.
                Count(_evaluations, rule);
                evaluator.Start(rule.Chain);
            }
            else
            {
                // Semi-naive: pass p takes the new facts of memory p, older facts for the memories before it, and
                // everything up to the round's end for the memories after it, so each new tuple is found once.
                var matchMemories = rule.MatchMemories;
                for (int pass = 0; pass < matchMemories.Length; pass++)
                {
                    if (_lastSequence[matchMemories[pass]] < low)
                    {
                        continue;
                    }

                    for (int q = 0; q < matchMemories.Length; q++)
                    {
                        _lows[q] = q == pass ? low : 0;
                        _highs[q] = q < pass ? low : high;
                    }

                    Count(_evaluations, rule);
                    evaluator.Start(rule.Chain);
                }
            }
        }
        catch (Exception exception) when (exception is not RuleEvaluationException)
        {
            throw new RuleEvaluationException(rule.Definition.Id, "left-hand side", -1, exception);
        }

        if (_ticks is not null)
        {
            _ticks[rule.Index] += Stopwatch.GetTimestamp() - started;
        }
    }

    private static void Count(long[]? counters, CompiledRule rule)
    {
        if (counters is not null)
        {
            counters[rule.Index]++;
        }
    }

    private void FireAgenda()
    {
        // The agenda is in rule order (rules are evaluated in stratum, priority, id order), then in match order.
        for (int a = 0; a < _agenda.Count; a++)
        {
            var (rule, slots) = _agenda[a];
            long started = _ticks is null ? 0 : Stopwatch.GetTimestamp();
            var firing = new RuleFiring(rule, slots, _firings.Count, this);
            _firings.Add(firing);
            foreach (var action in rule.Actions)
            {
                try
                {
                    if (action.Kind == ActionKind.Do)
                    {
                        action.Run!(firing, slots);
                        continue;
                    }

                    object value = action.Produce!(firing, slots)
                        ?? throw new InvalidOperationException("Yield produced null; NRules rejects a null fact too.");
                    InsertFromAction(value, firing);
                }
                catch (Exception exception) when (exception is not RuleEvaluationException)
                {
                    throw new RuleEvaluationException(rule.Definition.Id, action.Text, -1, exception);
                }
            }

            Count(_firingCounts, rule);
            if (_ticks is not null)
            {
                _ticks[rule.Index] += Stopwatch.GetTimestamp() - started;
            }

            _options.Listener?.RuleFired(firing);
        }

        _agenda.Clear();
    }

    /// <summary>Inserts a fact that a firing produced: it joins the working memory and the session's results.</summary>
    internal void InsertFromAction(object fact, RuleFiring firing)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var route = RouteOf(fact);
        Pending(route).Add(fact);
        firing.AddResult(fact);
        _yields.Add(new YieldedResult(fact, firing));
        Enter(route, fact, firing);
    }

    internal object Resolve(Type serviceType, RuleFiring firing)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return _factory.Services?.GetService(serviceType)
            ?? throw new InvalidOperationException($"Rule '{firing.Rule.Id}' asked for {serviceType.FullName}, which no service provider given to the compiler supplies.");
    }

    internal CancellationToken CancellationToken => _options.CancellationToken;

    private RuleStatistics[] Statistics()
    {
        if (_evaluations is null)
        {
            return [];
        }

        var rules = _factory.CompiledRules;
        var statistics = new RuleStatistics[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            statistics[i] = new RuleStatistics(rules[i].Definition, _evaluations[i], _activations![i], _firingCounts![i], Stopwatch.GetElapsedTime(0, _ticks![i]));
        }

        return statistics;
    }
}
