using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Renders expressions and elements as readable text for messages and explanations.</summary>
internal static partial class ExpressionText
{
    public static string Of(Expression expression) => Clean(expression.ToString());

    /// <summary>
    /// Removes closure prefixes, and names NRules' generated declarations (<c>$var12$</c>, from a process-wide counter)
    /// <c>$x</c>, so a text is the same whenever the rule is loaded. Only a pattern's own fact is unnamed, so within one
    /// element the name is unambiguous.
    /// </summary>
    public static string Clean(string text) => GeneratedName().Replace(ClosurePrefix().Replace(text, string.Empty), "$$x");

    public static string TypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{name[..tick]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }

    [GeneratedRegex(@"value\([^()]*\)\.")]
    private static partial Regex ClosurePrefix();

    [GeneratedRegex(@"\$var\d+\$")]
    private static partial Regex GeneratedName();
}
