namespace Wlz.Rules.Engine;

/// <summary>Options of <see cref="RuleSetCompiler"/>.</summary>
public sealed class CompileOptions
{
    /// <summary>Gets the default options: priorities checked, no services.</summary>
    public static CompileOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether a rule that inserts a fact type must have a higher priority than every rule that
    /// tests that type with <c>Not</c>, <c>Exists</c> or <c>Collect</c> (default <see langword="true"/>). This executor
    /// orders by strata whatever the priorities; the check keeps the same rule set correct on NRules, which orders by
    /// priority only.
    /// </summary>
    public bool CheckPriorities { get; init; } = true;

    /// <summary>Gets the services that actions resolve (<c>ctx.Resolve</c>) and rule dependencies come from, or <see langword="null"/>.</summary>
    public IServiceProvider? Services { get; init; }
}
