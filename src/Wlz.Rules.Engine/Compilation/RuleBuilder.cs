using System.Linq.Expressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Records the elements and actions a rule declares in <c>Define</c>.</summary>
internal sealed class RuleBuilder : ILeftHandSideExpression, IRightHandSideExpression
{
    public List<ElementSpec> Elements { get; } = [];

    public List<ActionSpec> Actions { get; } = [];

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        Elements.Add(GroupBuilder.Pattern(ElementKind.Match, typeof(TFact), alias, conditions));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(GroupBuilder.Pattern(ElementKind.Match, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(GroupBuilder.Pattern(ElementKind.Not, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        Elements.Add(GroupBuilder.Pattern(ElementKind.Exists, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Not(Action<IGroupExpression> group)
    {
        Elements.Add(GroupBuilder.Build(ElementKind.NotGroup, group));
        return this;
    }

    public ILeftHandSideExpression Exists(Action<IGroupExpression> group)
    {
        Elements.Add(GroupBuilder.Build(ElementKind.ExistsGroup, group));
        return this;
    }

    public ILeftHandSideExpression Collect<TFact>(Expression<Func<IReadOnlyList<TFact>>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        Elements.Add(GroupBuilder.Pattern(ElementKind.Collect, typeof(TFact), alias, conditions));
        return this;
    }

    public ILeftHandSideExpression Let<TValue>(Expression<Func<TValue>> alias, Expression<Func<TValue>> value)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(value);
        Elements.Add(new ElementSpec { Kind = ElementKind.Let, FactType = typeof(TValue), Alias = alias, Value = value });
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        Elements.Add(GroupBuilder.Having(conditions));
        return this;
    }

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Actions.Add(new ActionSpec(ActionKind.Do, action, typeof(void)));
        return this;
    }

    public IRightHandSideExpression Insert<TFact>(Expression<Func<IContext, TFact>> fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Actions.Add(new ActionSpec(ActionKind.Insert, fact, typeof(TFact)));
        return this;
    }

    public IRightHandSideExpression Yield<TResult>(Expression<Func<IContext, TResult>> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Actions.Add(new ActionSpec(ActionKind.Yield, result, typeof(TResult)));
        return this;
    }
}
