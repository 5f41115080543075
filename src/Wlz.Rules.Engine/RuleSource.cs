namespace Wlz.Rules.Engine;

/// <summary>A source sentence that a rule implements.</summary>
/// <param name="Document">The source document.</param>
/// <param name="Section">The section within the document.</param>
/// <param name="Text">The quoted sentence.</param>
public sealed record RuleSource(string Document, string Section, string Text);
