using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals an offered aanvullende dienst that is not published.</summary>
[RuleId(RegelIds.DienstNietGepubliceerd)]
[Name("Aanvullende dienst niet bekendgemaakt")]
[Description(
    "Signals each offered dienst whose Gepubliceerd flag is off. Choice: a free dienst (tarief 0) must be published too, "
    + "because the source asks to make known which diensten there are, not only their tarieven.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.BekendmakenZin)]
internal sealed class DienstNietGepubliceerd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        AanvullendeDienst dienst = null!;
        When().Match(() => dienst, d => !d.Gepubliceerd);
        Then().Yield(ctx => AanvullendeDienstSignaal.NietGepubliceerd(ctx.Rule, dienst));
    }
}
