namespace Wlz.Rules.Engine;

/// <summary>Gives a rule an explicit stable id; without it, the id is the full name of the rule type.</summary>
/// <param name="value">The id.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RuleIdAttribute(string value) : Attribute
{
    /// <summary>Gets the id.</summary>
    public string Value { get; } = value;
}
