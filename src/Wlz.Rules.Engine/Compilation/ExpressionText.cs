using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Renders expressions and elements as readable text for messages and explanations.</summary>
internal static partial class ExpressionText
{
    public static string Of(Expression expression) => Clean(expression.ToString());

    public static string Clean(string text) => ClosurePrefix().Replace(text, string.Empty);

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
}
