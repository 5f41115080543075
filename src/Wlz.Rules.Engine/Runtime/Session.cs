using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// One session: the caller's facts wait in the <see cref="WorkingMemory"/> until <see cref="Fire"/>, which enters them
/// and lets the <see cref="Agenda"/> run the strata; <see cref="Reset"/> makes the session ready for the next partition.
/// </summary>
internal sealed class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly WorkingMemory _memory;
    private readonly Agenda _agenda;
    private readonly SessionStatistics? _statistics;
    private bool _fired;

    public Session(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _memory = new WorkingMemory(factory, options);
        _statistics = options.CollectStatistics ? new SessionStatistics(factory.CompiledRules.Length) : null;
        _agenda = new Agenda(factory, options, _memory, _statistics);
    }

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureOpen();
        _memory.Add(fact);
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
        return _memory.Remove(fact);
    }

    public FireResult Fire()
    {
        EnsureOpen();
        _fired = true;
        _memory.EnterCallerFacts();
        _agenda.Run();
        if (_agenda.Firings.Count == 0 && _statistics is null)
        {
            return FireResult.Empty;
        }

        return new FireResult(_agenda.Results.ToArray(), _agenda.Firings.ToArray(), _statistics?.ToArray(_factory.CompiledRules) ?? []);
    }

    public void Reset()
    {
        _memory.Clear();
        _agenda.Clear();
        _statistics?.Clear();
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

        return _agenda.Firings.Exists(f => ReferenceEquals(f.Rule, rule.Definition))
            ? new WhyNotReport(ruleId, true, -1, string.Empty, string.Empty, [])
            : WhyNotAnalysis.Analyse(rule, _agenda.Evaluator, _memory);
    }

    private void EnsureOpen()
    {
        if (_fired)
        {
            throw new InvalidOperationException("The session has fired; call Reset() before inserting, retracting or firing again.");
        }
    }
}
