using System.Reflection;
using System.Runtime.CompilerServices;
using NRules.RuleModel;

namespace Wlz.Rules.Engine;

/// <summary>
/// The identity and metadata of a rule: NRules' name, description, tags and priority, plus our stable id and the source
/// sentences it implements, read from the <see cref="RuleIdAttribute"/> and <see cref="SourceAttribute"/>s on the rule class.
/// </summary>
public sealed class RuleInfo
{
    /// <summary>The rule property under which NRules.Fluent stores the rule class (<c>NRules.Fluent.RuleProperties.ClrType</c>).</summary>
    public const string ClrTypeProperty = "Fluent::ClrType";

    private static readonly ConditionalWeakTable<IRuleDefinition, RuleInfo> Cache = [];

    private RuleInfo(IRuleDefinition model, Type? ruleType)
    {
        Model = model;
        RuleType = ruleType;
        Id = ruleType?.GetCustomAttribute<RuleIdAttribute>()?.Value ?? model.Name;
        Name = model.Name;
        Description = model.Description ?? string.Empty;
        Tags = model.Tags.ToArray();
        Priority = model.Priority;
        Sources = ruleType is null
            ? []
            : ruleType.GetCustomAttributes<SourceAttribute>().Select(s => new RuleSource(s.Document, s.Section, s.Text)).ToArray();
    }

    /// <summary>Gets the stable id: the <see cref="RuleIdAttribute"/> value on the rule class, or else the NRules rule name.</summary>
    public string Id { get; }

    /// <summary>Gets the NRules name: the <c>[Name]</c> value, or else the full name of the rule class.</summary>
    public string Name { get; }

    /// <summary>Gets the description, or an empty string.</summary>
    public string Description { get; }

    /// <summary>Gets the tags, in declaration order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the priority (0 by default); NRules fires higher priorities first.</summary>
    public int Priority { get; }

    /// <summary>Gets the source sentences the rule implements, in declaration order.</summary>
    public IReadOnlyList<RuleSource> Sources { get; }

    /// <summary>Gets the rule class, or <see langword="null"/> for a rule built with NRules' <c>RuleBuilder</c>.</summary>
    public Type? RuleType { get; }

    /// <summary>Gets the NRules rule model this information was read from.</summary>
    public IRuleDefinition Model { get; }

    /// <summary>Gets the information of an NRules rule definition; cached per definition, so cheap to call while firing.</summary>
    /// <param name="rule">The rule definition, e.g. <c>ctx.Rule</c> in an action.</param>
    /// <returns>The information.</returns>
    public static RuleInfo Of(IRuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Cache.TryGetValue(rule, out var info) ? info : Cache.GetValue(rule, Create);
    }

    /// <summary>Gets the stable id of a rule class: its <see cref="RuleIdAttribute"/> value, or else its full name (NRules' default name).</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <returns>The id.</returns>
    public static string IdOf(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        return ruleType.GetCustomAttribute<RuleIdAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name;
    }

    /// <inheritdoc/>
    public override string ToString() => Id;

    private static RuleInfo Create(IRuleDefinition rule) =>
        new(rule, rule.Properties.TryGetProperty(ClrTypeProperty, out var property) ? property.Value as Type : null);
}
