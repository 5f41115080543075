using System.Reflection;
using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine;

/// <summary>Collects rule classes and compiles them once into an immutable, thread-safe <see cref="ISessionFactory"/>.</summary>
public sealed class RuleRepository
{
    private readonly List<RuleDefinition> _rules = [];

    /// <summary>Initializes a new instance that creates rules with the <see cref="DefaultRuleActivator"/>.</summary>
    public RuleRepository()
        : this(DefaultRuleActivator.Instance)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="activator">Creates the rule instances, resolving their constructor dependencies.</param>
    public RuleRepository(IRuleActivator activator)
    {
        ArgumentNullException.ThrowIfNull(activator);
        Activator = activator;
    }

    /// <summary>Gets the activator that creates the rule instances.</summary>
    public IRuleActivator Activator { get; }

    /// <summary>Gets the definitions of the rules added so far, in the order added.</summary>
    public IReadOnlyList<RuleDefinition> Rules => _rules;

    /// <summary>Adds a rule class.</summary>
    /// <param name="ruleType">A concrete class deriving from <see cref="Rule"/>.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Add(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        var definition = RuleDefinition.FromType(ruleType);
        if (!_rules.Exists(r => r.RuleType == ruleType))
        {
            _rules.Add(definition);
        }

        return this;
    }

    /// <summary>Adds a rule class.</summary>
    /// <typeparam name="TRule">A concrete class deriving from <see cref="Rule"/>.</typeparam>
    /// <returns>This repository.</returns>
    public RuleRepository Add<TRule>()
        where TRule : Rule => Add(typeof(TRule));

    /// <summary>Adds every concrete rule class of an assembly that passes a filter.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="filter">Selects rules, e.g. <see cref="RuleFilter.HasTag"/>; <see langword="null"/> adds all.</param>
    /// <returns>This repository.</returns>
    public RuleRepository AddFromAssembly(Assembly assembly, Func<RuleDefinition, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(Rule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (filter is null || filter(RuleDefinition.FromType(type)))
            {
                Add(type);
            }
        }

        return this;
    }

    /// <summary>
    /// Activates and compiles every rule: binds variables, detects equality joins, compiles delegates and orders the
    /// rules in strata so that a rule testing absence, presence or a collection of a fact type runs after every rule that
    /// can insert that type.
    /// </summary>
    /// <returns>The compiled, immutable and thread-safe session factory.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled, two rules share an id, or the rules have a negation cycle.</exception>
    public ISessionFactory Compile()
    {
        var duplicate = _rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleCompilationException(duplicate.Key, string.Join(", ", duplicate.Select(r => r.RuleType.FullName)), "two rule classes have the same id.");
        }

        var memories = new List<MemorySpec>();
        var compiled = new List<CompiledRule>();
        foreach (var definition in _rules)
        {
            Rule instance;
            try
            {
                instance = Activator.Activate(definition.RuleType);
            }
            catch (Exception exception) when (exception is not RuleCompilationException)
            {
                throw new RuleCompilationException(definition.Id, definition.RuleType.FullName ?? definition.Id, $"the rule cannot be created: {exception.Message}", exception);
            }

            compiled.Add(RuleCompiler.Compile(definition, instance, memories));
        }

        Stratifier.Assign(compiled);
        var ordered = compiled
            .OrderBy(r => r.Stratum)
            .ThenByDescending(r => r.Definition.Priority)
            .ThenBy(r => r.Definition.Id, StringComparer.Ordinal)
            .ToArray();
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i].Index = i;
        }

        return new SessionFactory(ordered, memories.ToArray());
    }
}
