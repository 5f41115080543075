using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals a charge dated before the cliëntenraad approved the dienst, or for a dienst it never approved.</summary>
[RuleId(RegelIds.BijbetalingVoorGoedkeuring)]
[Name("Bijbetaling vóór goedkeuring door de cliëntenraad")]
[Description(
    "Signals each charge on or before the peildatum with a positive amount whose date is before the dienst's approval date, or whose dienst "
    + "has no approval date. Choice: a charge on the approval date itself is allowed.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.ClientenraadZin)]
internal sealed class BijbetalingVoorGoedkeuring : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Bijbetaling bijbetaling = null!;
        AanvullendeDienst dienst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => bijbetaling, b => b.Datum <= peildatum.Datum, b => b.BedragInEurocent > 0)
            .Match(() => dienst, d => d.Id == bijbetaling.DienstId, d => !d.IsGoedgekeurdOp(bijbetaling.Datum));
        Then().Yield(ctx => AanvullendeDienstSignaal.BijbetalingVoorGoedkeuring(ctx.Rule, bijbetaling, dienst));
    }
}
