using Wlz.Rules.Engine;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Gets the titles and source sentences of the zorgkantoor's text on the weekly and monthly lists.</summary>
public static class Lijstbronnen
{
    /// <summary>The title of the source document <c>000_259b2ad64d9ee26c.txt</c>.</summary>
    public const string Document = "Wekelijkse en maandelijkse notities met lijsten";

    /// <summary>Creates a <see cref="RuleSource"/> in <see cref="Document"/>.</summary>
    /// <param name="sectie">The section heading.</param>
    /// <param name="tekst">The verbatim Dutch sentence.</param>
    /// <returns>The source.</returns>
    public static RuleSource Bron(string sectie, string tekst) => new(Document, sectie, tekst);
}
