using System.Linq.Expressions;

namespace Wlz.Rules.Engine;

/// <summary>Builds the right-hand side of a rule: the actions run, in order, each time the rule fires.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs an arbitrary action.</summary>
    /// <param name="action">The action; it may refer to all variables bound by the left-hand side.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Inserts a derived fact that other rules may match (forward chaining).</summary>
    /// <typeparam name="TFact">The type of the derived fact; it determines which rules must run after this one.</typeparam>
    /// <param name="fact">Creates the fact; a <see langword="null"/> result inserts nothing.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Insert<TFact>(Expression<Func<IContext, TFact>> fact);

    /// <summary>Emits an output result of the session.</summary>
    /// <typeparam name="TResult">The type of the result.</typeparam>
    /// <param name="result">Creates the result; a <see langword="null"/> result emits nothing.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TResult>(Expression<Func<IContext, TResult>> result);
}
