using System.Collections.Concurrent;
using Wlz.Rules.Engine.Compilation;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>The compiled rule set: rules in evaluation order, grouped by stratum, and the memory layout of a session.</summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, FactRoute> _routes = new();
    private readonly Func<Type, FactRoute> _createRoute;
    private int _routeCount;

    public SessionFactory(CompiledRule[] rules, MemorySpec[] memories, IServiceProvider? services)
    {
        Services = services;
        CompiledRules = rules;
        Memories = memories;
        Rules = rules.Select(r => r.Definition).ToArray();
        int strata = rules.Length == 0 ? 0 : rules.Max(r => r.Stratum) + 1;
        Strata = Enumerable.Range(0, strata).Select(s => rules.Where(r => r.Stratum == s).ToArray()).ToArray();
        ById = rules.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
        _createRoute = CreateRoute;
    }

    public IReadOnlyList<RuleInfo> Rules { get; }

    public IServiceProvider? Services { get; }

    public CompiledRule[] CompiledRules { get; }

    public CompiledRule[][] Strata { get; }

    public MemorySpec[] Memories { get; }

    public Dictionary<string, CompiledRule> ById { get; }

    public int RouteCount => Volatile.Read(ref _routeCount);

    public ISession CreateSession() => new Session(this, SessionOptions.Default);

    public ISession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Session(this, options);
    }

    public int StratumOf(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ById.TryGetValue(ruleId, out var rule) ? rule.Stratum : throw new ArgumentException($"No rule with id '{ruleId}'.", nameof(ruleId));
    }

    public FactRoute Route(Type type) => _routes.TryGetValue(type, out var route) ? route : _routes.GetOrAdd(type, _createRoute);

    private FactRoute CreateRoute(Type type)
    {
        var memories = new List<int>();
        for (int i = 0; i < Memories.Length; i++)
        {
            if (Memories[i].FactType.IsAssignableFrom(type))
            {
                memories.Add(i);
            }
        }

        return new FactRoute(Interlocked.Increment(ref _routeCount) - 1, type, memories.ToArray(), FactRoute.NaturalOrder(type));
    }
}
