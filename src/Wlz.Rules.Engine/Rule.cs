using Wlz.Rules.Engine.Compilation;

namespace Wlz.Rules.Engine;

/// <summary>
/// The base class of a declarative rule: override <see cref="Define"/> and describe, with <see cref="When"/>, the facts
/// that must match and, with <see cref="Then"/>, what follows when they do.
/// </summary>
/// <remarks>
/// Bound variables are locals of <see cref="Define"/> that the rule binds with <c>() =&gt; variable</c> lambdas; the
/// compiler rewrites every reference to them into a read of the current match, so a rule instance is only a template
/// and is never run directly.
/// </remarks>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>Describes the left-hand side and right-hand side of the rule; called once, at compile time.</summary>
    public abstract void Define();

    /// <summary>Gets the builder of the left-hand side (the conditions) of the rule.</summary>
    /// <returns>The left-hand side builder.</returns>
    protected ILeftHandSideExpression When() => Builder;

    /// <summary>Gets the builder of the right-hand side (the actions) of the rule.</summary>
    /// <returns>The right-hand side builder.</returns>
    protected IRightHandSideExpression Then() => Builder;

    private RuleBuilder Builder => _builder ?? throw new InvalidOperationException(
        "When() and Then() can only be called from Define() while the rule is being compiled by a RuleRepository.");

    internal RuleBuilder Capture()
    {
        _builder = new RuleBuilder();
        try
        {
            Define();
            return _builder;
        }
        finally
        {
            _builder = null;
        }
    }
}
