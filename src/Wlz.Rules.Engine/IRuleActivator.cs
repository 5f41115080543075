namespace Wlz.Rules.Engine;

/// <summary>Creates rule instances, resolving their constructor dependencies.</summary>
public interface IRuleActivator
{
    /// <summary>Creates an instance of a rule class.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <returns>The rule instance.</returns>
    Rule Activate(Type ruleType);
}
