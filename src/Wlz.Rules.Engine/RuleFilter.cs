namespace Wlz.Rules.Engine;

/// <summary>Filters for <see cref="RuleRepository.AddFromAssembly"/>.</summary>
public static class RuleFilter
{
    /// <summary>Selects rules that carry a tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The filter.</returns>
    public static Func<RuleDefinition, bool> HasTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return rule => rule.Tags.Contains(tag, StringComparer.Ordinal);
    }

    /// <summary>Selects rules whose class is in a namespace or one of its sub-namespaces.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The filter.</returns>
    public static Func<RuleDefinition, bool> InNamespace(string ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        return rule => rule.RuleType.Namespace is { } actual &&
            (actual == ns || actual.StartsWith(ns + ".", StringComparison.Ordinal));
    }
}
