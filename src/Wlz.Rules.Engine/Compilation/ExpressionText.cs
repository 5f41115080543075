using System.Linq.Expressions;
using System.Text;
using System.Text.RegularExpressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Renders expressions and elements as readable text for messages and explanations.</summary>
internal static partial class ExpressionText
{
    public static string Of(Expression expression) => Clean(expression.ToString());

    public static string Clean(string text) => ClosurePrefix().Replace(text, string.Empty);

    public static string Element(ElementSpec element)
    {
        var text = new StringBuilder();
        string type = element.FactType is null ? string.Empty : $"<{TypeName(element.FactType)}>";
        switch (element.Kind)
        {
            case ElementKind.NotGroup:
            case ElementKind.ExistsGroup:
                text.Append(element.Kind == ElementKind.NotGroup ? "Not(g => g" : "Exists(g => g");
                foreach (var inner in element.Group)
                {
                    text.Append('.').Append(inner.Text);
                }

                return text.Append(')').ToString();
            case ElementKind.Let:
                return $"Let(() => {AliasName(element.Alias!)}, {Of(element.Value!)})";
            case ElementKind.Having:
                return $"Having({string.Join(", ", element.Conditions.Select(Of))})";
            default:
                text.Append(element.Kind).Append(type).Append('(');
                var parts = new List<string>();
                if (element.Alias is not null)
                {
                    parts.Add("() => " + AliasName(element.Alias));
                }

                parts.AddRange(element.Conditions.Select(Of));
                return text.Append(string.Join(", ", parts)).Append(')').ToString();
        }
    }

    public static string AliasName(LambdaExpression alias) =>
        alias.Body is MemberExpression member ? member.Member.Name : Of(alias.Body);

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
