using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals an approved aanvullende dienst whose current tarief differs from the tarief the cliëntenraad approved.</summary>
[RuleId(RegelIds.TariefWijktAfVanGoedgekeurd)]
[Name("Tarief wijkt af van het goedgekeurde tarief")]
[Description(
    "Signals each dienst approved on or before the peildatum whose TariefInEurocent differs from GoedgekeurdTariefInEurocent. "
    + "Choice: an approval without an approved tarief is taken to cover the tarief as offered.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.ClientenraadZin)]
internal sealed class TariefWijktAfVanGoedgekeurd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        AanvullendeDienst dienst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => dienst, d => d.IsGoedgekeurdOp(peildatum.Datum), d => d.TariefInEurocent != d.GoedgekeurdTarief);
        Then().Yield(ctx => AanvullendeDienstSignaal.TariefWijktAf(ctx.Rule, dienst));
    }
}
