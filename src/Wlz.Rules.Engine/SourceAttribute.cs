namespace Wlz.Rules.Engine;

/// <summary>Records the source sentence a rule implements; repeatable.</summary>
/// <param name="document">The source document.</param>
/// <param name="section">The section within the document.</param>
/// <param name="text">The quoted sentence.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SourceAttribute(string document, string section, string text) : Attribute
{
    /// <summary>Gets the source document.</summary>
    public string Document { get; } = document;

    /// <summary>Gets the section within the document.</summary>
    public string Section { get; } = section;

    /// <summary>Gets the quoted sentence.</summary>
    public string Text { get; } = text;
}
