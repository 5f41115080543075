using System.Linq.Expressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Records the elements of a group <c>Not</c> or <c>Exists</c>.</summary>
internal sealed class GroupBuilder : IGroupExpression
{
    private readonly List<ElementSpec> _elements = [];

    public static ElementSpec Build(ElementKind kind, Action<IGroupExpression> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var builder = new GroupBuilder();
        group(builder);
        return new ElementSpec { Kind = kind, Group = builder._elements.ToArray() };
    }

    public static ElementSpec Pattern(ElementKind kind, Type factType, LambdaExpression? alias, LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
        }

        return new ElementSpec { Kind = kind, FactType = factType, Alias = alias, Conditions = conditions.ToArray() };
    }

    public static ElementSpec Having(LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new ElementSpec { Kind = ElementKind.Having, Conditions = conditions.ToArray() };
    }

    public IGroupExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        _elements.Add(Pattern(ElementKind.Match, typeof(TFact), alias, conditions));
        return this;
    }

    public IGroupExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _elements.Add(Pattern(ElementKind.Match, typeof(TFact), null, conditions));
        return this;
    }

    public IGroupExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _elements.Add(Pattern(ElementKind.Not, typeof(TFact), null, conditions));
        return this;
    }

    public IGroupExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _elements.Add(Pattern(ElementKind.Exists, typeof(TFact), null, conditions));
        return this;
    }

    public IGroupExpression Having(params Expression<Func<bool>>[] conditions)
    {
        _elements.Add(Having((LambdaExpression[])conditions));
        return this;
    }
}
