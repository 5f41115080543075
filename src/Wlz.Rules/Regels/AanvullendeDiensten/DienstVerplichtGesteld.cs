using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals an aanvullende dienst the zorgaanbieder made mandatory.</summary>
[RuleId(RegelIds.DienstVerplichtGesteld)]
[Name("Aanvullende dienst verplicht gesteld")]
[Description("Signals each offered dienst whose VerplichtGesteld flag is on, whatever the cliëntenraad approved.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.Sectie, AanvullendeDienstenLijsten.NietVerplichtZin)]
internal sealed class DienstVerplichtGesteld : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        AanvullendeDienst dienst = null!;
        When().Match(() => dienst, d => d.VerplichtGesteld);
        Then().Yield(ctx => AanvullendeDienstSignaal.VerplichtGesteld(ctx.Rule, dienst));
    }
}
