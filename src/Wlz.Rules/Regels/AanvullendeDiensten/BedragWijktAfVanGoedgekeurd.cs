using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals a charge whose amount differs from the approved tarief times the number of units.</summary>
[RuleId(RegelIds.BedragWijktAfVanGoedgekeurd)]
[Name("Bedrag wijkt af van het goedgekeurde tarief")]
[Description(
    "Signals each charge on or before the peildatum, for a dienst approved on or before the charge date, whose BedragInEurocent differs "
    + "from the approved tarief times Aantal. Choice: any difference counts, lower amounts too (the charged price must be the approved one); "
    + "charges before the approval are reported by BijbetalingVoorGoedkeuring instead.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.ClientenraadZin)]
internal sealed class BedragWijktAfVanGoedgekeurd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Bijbetaling bijbetaling = null!;
        AanvullendeDienst dienst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => bijbetaling, b => b.Datum <= peildatum.Datum)
            .Match(
                () => dienst,
                d => d.Id == bijbetaling.DienstId,
                d => d.IsGoedgekeurdOp(bijbetaling.Datum),
                d => bijbetaling.BedragInEurocent != d.GoedgekeurdTarief * bijbetaling.Aantal);
        Then().Yield(ctx => AanvullendeDienstSignaal.BedragWijktAf(ctx.Rule, bijbetaling, dienst));
    }
}
