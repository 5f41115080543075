namespace Wlz.Rules.Engine;

/// <summary>Sets the priority of a rule: among independent activations, higher priorities fire first.</summary>
/// <param name="value">The priority; the default of a rule without this attribute is 0.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PriorityAttribute(int value) : Attribute
{
    /// <summary>Gets the priority.</summary>
    public int Value { get; } = value;
}
