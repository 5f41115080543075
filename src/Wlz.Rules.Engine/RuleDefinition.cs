using System.Reflection;

namespace Wlz.Rules.Engine;

/// <summary>The identity and metadata of a rule, read from the attributes on its class.</summary>
public sealed class RuleDefinition
{
    private RuleDefinition(Type ruleType, string id, string name, string description, IReadOnlyList<string> tags, int priority, IReadOnlyList<RuleSource> sources)
    {
        RuleType = ruleType;
        Id = id;
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        Sources = sources;
    }

    /// <summary>Gets the stable id: the <see cref="RuleIdAttribute"/> value, or else the full name of the rule type.</summary>
    public string Id { get; }

    /// <summary>Gets the name: the <see cref="NameAttribute"/> value, or else the type name.</summary>
    public string Name { get; }

    /// <summary>Gets the description, or an empty string.</summary>
    public string Description { get; }

    /// <summary>Gets the tags, in declaration order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the priority (0 by default).</summary>
    public int Priority { get; }

    /// <summary>Gets the source sentences the rule implements, in declaration order.</summary>
    public IReadOnlyList<RuleSource> Sources { get; }

    /// <summary>Gets the rule class.</summary>
    public Type RuleType { get; }

    /// <summary>Reads the definition of a rule class from its attributes.</summary>
    /// <param name="ruleType">A non-abstract class deriving from <see cref="Rule"/>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleType"/> is not a concrete rule class.</exception>
    public static RuleDefinition FromType(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        if (!typeof(Rule).IsAssignableFrom(ruleType) || ruleType.IsAbstract || ruleType.IsGenericTypeDefinition)
        {
            throw new ArgumentException($"Type '{ruleType.FullName}' is not a concrete class deriving from {nameof(Rule)}.", nameof(ruleType));
        }

        string id = ruleType.GetCustomAttribute<RuleIdAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name;
        string name = ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.Name;
        string description = ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty;
        string[] tags = ruleType.GetCustomAttributes<TagAttribute>().Select(t => t.Value).ToArray();
        int priority = ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        RuleSource[] sources = ruleType.GetCustomAttributes<SourceAttribute>().Select(s => new RuleSource(s.Document, s.Section, s.Text)).ToArray();
        return new RuleDefinition(ruleType, id, name, description, tags, priority, sources);
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
