using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals a charge for a dienst that is not among the zorgaanbieder's offered (and so published) aanvullende diensten.</summary>
[RuleId(RegelIds.BijbetalingZonderBekendeDienst)]
[Name("Bijbetaling voor onbekende dienst")]
[Description(
    "Signals each charge on or before the peildatum whose DienstId names no offered dienst of the partition. Choice: such a charge "
    + "cannot have been made known or approved, so it is reported as a transparency finding.")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.SectieBeleid, AanvullendeDienstenLijsten.TransparantZin)]
internal sealed class BijbetalingZonderBekendeDienst : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        AanvullendeDienstenDossier dossier = null!;
        Bijbetaling bijbetaling = null!;
        When()
            .Match(() => peildatum)
            .Match(() => dossier)
            .Match(() => bijbetaling, b => b.Datum <= peildatum.Datum)
            .Not<AanvullendeDienst>(d => d.Id == bijbetaling.DienstId);
        Then().Yield(ctx => AanvullendeDienstSignaal.BijbetalingZonderBekendeDienst(ctx.Rule, bijbetaling, dossier.Zorgaanbieder.Waarde));
    }
}
