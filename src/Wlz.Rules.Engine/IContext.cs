namespace Wlz.Rules.Engine;

/// <summary>The context of one firing of a rule, passed to its actions.</summary>
public interface IContext
{
    /// <summary>Gets the definition (id and metadata) of the rule that fires.</summary>
    RuleDefinition Rule { get; }

    /// <summary>Gets the facts matched by the <c>Match</c> elements of the rule, in the order of the elements.</summary>
    IReadOnlyList<object> Facts { get; }
}
