using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals an offered aanvullende dienst whose tarief is above the reasonable maximum set for its category.</summary>
[RuleId(RegelIds.TariefOnredelijkHoog)]
[Name("Onredelijk hoog tarief")]
[Description(
    "Signals each offered dienst whose TariefInEurocent is strictly above Dienstcategorie.RedelijkMaximumInEurocent of its category in the "
    + "VerzekerdeZorgcatalogus. Choice: the source gives no number, so the starter catalogue sets no maximum and the rule fires only "
    + "for categories a user gave one (VerzekerdeZorgcatalogus.Met).")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.Sectie, AanvullendeDienstenLijsten.OnredelijkHoogZin)]
internal sealed class TariefOnredelijkHoog : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        VerzekerdeZorgcatalogus catalogus = null!;
        AanvullendeDienst dienst = null!;
        Dienstcategorie? categorie = null;
        When()
            .Match(() => catalogus)
            .Match(() => dienst)
            .Let(() => categorie, () => catalogus.Vind(dienst.Categorie))
            .Having(() => categorie != null && categorie.RedelijkMaximumInEurocent != null && dienst.TariefInEurocent > categorie.RedelijkMaximumInEurocent.Value);
        Then().Yield(ctx => AanvullendeDienstSignaal.TariefOnredelijkHoog(ctx.Rule, dienst, categorie!));
    }
}
