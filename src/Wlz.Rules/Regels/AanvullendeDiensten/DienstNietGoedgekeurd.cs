using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals an offered aanvullende dienst the cliëntenraad has not approved on the peildatum.</summary>
[RuleId(RegelIds.DienstNietGoedgekeurd)]
[Name("Niet goedgekeurd door de cliëntenraad")]
[Description(
    "Signals each offered dienst without an approval date, or with an approval date after the peildatum. "
    + "Choice: the approval date itself counts as approved.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.ClientenraadZin)]
internal sealed class DienstNietGoedgekeurd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        AanvullendeDienst dienst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => dienst, d => !d.IsGoedgekeurdOp(peildatum.Datum));
        Then().Yield(ctx => AanvullendeDienstSignaal.NietGoedgekeurd(ctx.Rule, dienst, peildatum.Datum));
    }
}
