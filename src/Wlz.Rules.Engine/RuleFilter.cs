namespace Wlz.Rules.Engine;

/// <summary>Filters on <see cref="RuleInfo"/>, to select the rules to compile: <c>rules.Where(r =&gt; RuleFilter.HasTag("x")(RuleInfo.Of(r)))</c>.</summary>
public static class RuleFilter
{
    /// <summary>Selects rules that carry a tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The filter.</returns>
    public static Func<RuleInfo, bool> HasTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return rule => rule.Tags.Contains(tag, StringComparer.Ordinal);
    }

    /// <summary>Selects rules whose class is in a namespace or one of its sub-namespaces.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The filter.</returns>
    public static Func<RuleInfo, bool> InNamespace(string ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        return rule => rule.RuleType?.Namespace is { } actual &&
            (actual == ns || actual.StartsWith(ns + ".", StringComparison.Ordinal));
    }
}
