namespace Wlz.Rules.Engine;

/// <summary>Describes what a rule does.</summary>
/// <param name="value">The description.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>Gets the description of the rule.</summary>
    public string Value { get; } = value;
}
