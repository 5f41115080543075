using System.Linq.Expressions;

namespace Wlz.Rules.Engine;

/// <summary>Builds the left-hand side of a rule: the patterns, joins and computed values that must hold.</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="TFact"/> and binds it to a local variable.</summary>
    /// <typeparam name="TFact">The type of fact to match (facts of derived types match too).</typeparam>
    /// <param name="alias">The variable to bind, written as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier (joins).</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> without binding it to a variable.</summary>
    /// <typeparam name="TFact">The type of fact to match.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="TFact"/> satisfies the conditions.</summary>
    /// <typeparam name="TFact">The type of fact that must be absent.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that at least one fact of type <typeparamref name="TFact"/> satisfies the conditions.</summary>
    /// <typeparam name="TFact">The type of fact that must be present.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no combination of facts satisfies a group of joined patterns.</summary>
    /// <param name="group">Describes the group, e.g. <c>g =&gt; g.Match&lt;A&gt;(...).Match&lt;B&gt;(...)</c>.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not(Action<IGroupExpression> group);

    /// <summary>Requires that at least one combination of facts satisfies a group of joined patterns.</summary>
    /// <param name="group">Describes the group, e.g. <c>g =&gt; g.Match&lt;A&gt;(...).Match&lt;B&gt;(...)</c>.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists(Action<IGroupExpression> group);

    /// <summary>Binds the list of all facts of type <typeparamref name="TFact"/> that satisfy the conditions; the list may be empty.</summary>
    /// <typeparam name="TFact">The type of the collected facts.</typeparam>
    /// <param name="alias">The variable that receives the list, written as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on each fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Collect<TFact>(Expression<Func<IReadOnlyList<TFact>>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Binds a computed value that later conditions and the actions may use.</summary>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="alias">The variable that receives the value, written as <c>() =&gt; variable</c>.</param>
    /// <param name="value">The computation; it may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Let<TValue>(Expression<Func<TValue>> alias, Expression<Func<TValue>> value);

    /// <summary>Requires that conditions over the variables bound so far hold.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);
}
