using NRules.RuleModel;
using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine;

/// <summary>
/// Compiles NRules rule models into this executor's plan: the same rules that NRules' own runtime runs
/// (from <c>NRules.Fluent.RuleRepository</c> or built with <c>NRules.RuleModel.Builders.RuleBuilder</c>), evaluated with
/// hash joins, strata, explanations and bulk streaming.
/// </summary>
/// <remarks>
/// <para>What is supported and what is rejected at compile time is listed in the engine's README; every rejection is a
/// <see cref="RuleCompilationException"/> naming the rule and the element.</para>
/// <para>Strata come from the rule model: a rule that tests the absence, presence or collection of a fact type runs after
/// every rule that can insert that type. Because NRules orders firing by priority only, the compiler also checks that
/// each such inserting rule has a higher <c>[Priority]</c> than the rule that tests its facts, so that the rule set is
/// order-independent on NRules too; see <see cref="CompileOptions.CheckPriorities"/>.</para>
/// </remarks>
public static class RuleSetCompiler
{
    /// <summary>Compiles every rule of an NRules repository.</summary>
    /// <param name="repository">The repository, e.g. an <c>NRules.Fluent.RuleRepository</c> after <c>Load</c>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>A thread-safe session factory.</returns>
    /// <exception cref="RuleCompilationException">Thrown when a rule uses what this executor does not support, or the rules contradict each other.</exception>
    public static ISessionFactory Compile(IRuleRepository repository, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return Compile(repository.GetRuleSets().SelectMany(set => set.Rules), options);
    }

    /// <summary>Compiles NRules rule definitions.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>A thread-safe session factory.</returns>
    /// <exception cref="RuleCompilationException">Thrown when a rule uses what this executor does not support, or the rules contradict each other.</exception>
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        options ??= CompileOptions.Default;
        var infos = rules.Select(rule => RuleInfo.Of(rule ?? throw new ArgumentException("A rule definition is null.", nameof(rules)))).ToArray();
        var duplicate = infos.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleCompilationException(duplicate.Key, string.Join(", ", duplicate.Select(r => r.RuleType?.FullName ?? r.Name)), "two rules have the same id.");
        }

        var memories = new List<MemorySpec>();
        var compiled = new List<CompiledRule>();
        foreach (var info in infos)
        {
            compiled.Add(RuleCompiler.Compile(info, memories));
        }

        Stratifier.Assign(compiled, options.CheckPriorities);
        var ordered = compiled
            .OrderBy(r => r.Stratum)
            .ThenByDescending(r => r.Definition.Priority)
            .ThenBy(r => r.Definition.Id, StringComparer.Ordinal)
            .ToArray();
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i].Index = i;
        }

        return new SessionFactory(ordered, memories.ToArray(), options.Services);
    }
}
