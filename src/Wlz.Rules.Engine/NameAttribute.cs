namespace Wlz.Rules.Engine;

/// <summary>Gives a rule a human-readable name.</summary>
/// <param name="value">The name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>Gets the name of the rule.</summary>
    public string Value { get; } = value;
}
