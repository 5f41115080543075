using System.Linq.Expressions;

namespace Wlz.Rules.Engine;

/// <summary>Builds a group of joined patterns inside a group <c>Not</c> or <c>Exists</c>.</summary>
/// <remarks>Variables bound inside a group are visible only inside that group.</remarks>
public interface IGroupExpression
{
    /// <summary>Matches a fact of type <typeparamref name="TFact"/> and binds it to a local variable.</summary>
    /// <typeparam name="TFact">The type of fact to match.</typeparam>
    /// <param name="alias">The variable to bind, written as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    IGroupExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> without binding it.</summary>
    /// <typeparam name="TFact">The type of fact to match.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to variables bound earlier.</param>
    /// <returns>This builder.</returns>
    IGroupExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="TFact"/> satisfies the conditions.</summary>
    /// <typeparam name="TFact">The type of fact that must be absent.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This builder.</returns>
    IGroupExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that at least one fact of type <typeparamref name="TFact"/> satisfies the conditions.</summary>
    /// <typeparam name="TFact">The type of fact that must be present.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This builder.</returns>
    IGroupExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that conditions over the variables bound so far hold.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    IGroupExpression Having(params Expression<Func<bool>>[] conditions);
}
