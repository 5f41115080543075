namespace Wlz.Rules.Engine;

/// <summary>Tags a rule, e.g. with the list or theme it belongs to; repeatable, and usable as a load filter.</summary>
/// <param name="value">The tag.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>Gets the tag.</summary>
    public string Value { get; } = value;
}
