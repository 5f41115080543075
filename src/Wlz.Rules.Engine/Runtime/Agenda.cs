using Wlz.Rules.Engine.Compilation;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// Schedules and fires the rules of one session: stratum by stratum, rules are matched against the working memory
/// (semi-naive: in later rounds only tuples with at least one new fact are considered), and the activations of a round
/// fire in rule order. The facts that firings insert join the working memory and the session's results.
/// </summary>
internal sealed class Agenda
{
    private readonly SessionFactory _factory;
    private readonly SessionOptions _options;
    private readonly WorkingMemory _memory;
    private readonly SessionStatistics? _statistics;
    private readonly object?[][] _slots;
    private readonly int[] _lows;
    private readonly int[] _highs;
    private readonly bool[] _evaluated;
    private readonly List<int> _evaluatedRules = [];
    private readonly List<(CompiledRule Rule, object?[] Slots)> _activations = [];

    public Agenda(SessionFactory factory, SessionOptions options, WorkingMemory memory, SessionStatistics? statistics)
    {
        _factory = factory;
        _options = options;
        _memory = memory;
        _statistics = statistics;
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
        Evaluator = new Evaluator(this, memory.Memories) { Low = _lows, High = _highs };
    }

    public Evaluator Evaluator { get; }

    public List<RuleFiring> Firings { get; } = [];

    public List<YieldedResult> Results { get; } = [];

    public CancellationToken CancellationToken => _options.CancellationToken;

    /// <summary>Runs every stratum to its fixpoint.</summary>
    public void Run()
    {
        foreach (var stratum in _factory.Strata)
        {
            RunStratum(stratum);
        }
    }

    public void AddActivation(CompiledRule rule, object?[] slots)
    {
        _activations.Add((rule, slots));
        _statistics?.Activated(rule);
    }

    /// <summary>Inserts a fact that a firing produced: it joins the working memory and the session's results.</summary>
    public void InsertFromAction(object fact, RuleFiring firing)
    {
        ArgumentNullException.ThrowIfNull(fact);
        firing.AddResult(fact);
        Results.Add(new YieldedResult(fact, firing));
        _memory.EnterDerived(fact, firing);
    }

    public object Resolve(Type serviceType, RuleFiring firing)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return _factory.Services?.GetService(serviceType)
            ?? throw new InvalidOperationException($"Rule '{firing.Rule.Id}' asked for {serviceType.FullName}, which no service provider given to the compiler supplies.");
    }

    /// <summary>Clears what this partition touched.</summary>
    public void Clear()
    {
        foreach (int rule in _evaluatedRules)
        {
            Array.Clear(_slots[rule]);
            _evaluated[rule] = false;
        }

        _evaluatedRules.Clear();
        _activations.Clear();
        Firings.Clear();
        Results.Clear();
    }

    private void RunStratum(CompiledRule[] rules)
    {
        int low = 0;
        int high = _memory.Sequence;
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

            if (_activations.Count > 0)
            {
                Fire();
            }

            if (_memory.Sequence == high)
            {
                return;
            }

            low = high;
            high = _memory.Sequence;
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
        var lastSequence = _memory.LastSequence;
        if (first)
        {
            for (int i = 0; i < matchMemories.Length; i++)
            {
                if (lastSequence[matchMemories[i]] < 0)
                {
                    return false;
                }
            }

            return true;
        }

        for (int i = 0; i < matchMemories.Length; i++)
        {
            if (lastSequence[matchMemories[i]] >= low)
            {
                return true;
            }
        }

        return false;
    }

    private void Evaluate(CompiledRule rule, bool first, int low, int high)
    {
        long started = _statistics?.Start() ?? 0;
        if (!_evaluated[rule.Index])
        {
            _evaluated[rule.Index] = true;
            _evaluatedRules.Add(rule.Index);
        }

        var evaluator = Evaluator;
        evaluator.Rule = rule;
        evaluator.Slots = _slots[rule.Index];
        try
        {
            if (first)
            {
                // Every matched memory is read whole up to the round's end: the ranges were set once for the round.
                _statistics?.Evaluated(rule);
                evaluator.Start(rule.Chain);
            }
            else
            {
                // Semi-naive: pass p takes the new facts of memory p, older facts for the memories before it, and
                // everything up to the round's end for the memories after it, so each new tuple is found once.
                var matchMemories = rule.MatchMemories;
                var lastSequence = _memory.LastSequence;
                for (int pass = 0; pass < matchMemories.Length; pass++)
                {
                    if (lastSequence[matchMemories[pass]] < low)
                    {
                        continue;
                    }

                    for (int q = 0; q < matchMemories.Length; q++)
                    {
                        _lows[q] = q == pass ? low : 0;
                        _highs[q] = q < pass ? low : high;
                    }

                    _statistics?.Evaluated(rule);
                    evaluator.Start(rule.Chain);
                }
            }
        }
        catch (Exception exception) when (exception is not RuleEvaluationException)
        {
            throw new RuleEvaluationException(rule.Definition.Id, "left-hand side", -1, exception);
        }

        _statistics?.Stop(rule, started);
    }

    private void Fire()
    {
        // The activations are in rule order (rules are evaluated in stratum, priority, id order), then in match order.
        for (int a = 0; a < _activations.Count; a++)
        {
            var (rule, slots) = _activations[a];
            long started = _statistics?.Start() ?? 0;
            var firing = new RuleFiring(rule, slots, Firings.Count, this);
            Firings.Add(firing);
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

            _statistics?.Fired(rule);
            _statistics?.Stop(rule, started);
            _options.Listener?.RuleFired(firing);
        }

        _activations.Clear();
    }
}
