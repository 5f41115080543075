namespace Wlz.Rules.Signalering;

/// <summary>A reference to the sentence of a source text that a rule implements.</summary>
/// <param name="Document">The source document, e.g. "Wekelijkse en maandelijkse notities met lijsten".</param>
/// <param name="Sectie">The section (heading) within the document.</param>
/// <param name="Zin">The quoted sentence, verbatim.</param>
public sealed record Bronvermelding(string Document, string Sectie, string Zin)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Document} › {Sectie}: \"{Zin}\"";
}
