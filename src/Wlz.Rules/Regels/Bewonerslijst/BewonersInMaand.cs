using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.Bewonerslijst;

/// <summary>Lists every toewijzing on which the cliënt was in zorg on at least one day of the month of the peildatum.</summary>
[RuleId(RegelIds.BewonersInMaand)]
[Name("Bewonerslijst")]
[Description(
    "De maand van P (voor een andere maand: evalueer met een peildatum in die maand). Eén regel per toewijzing met een "
    + "zorgperiode die de maand raakt: MAZ-begindatum ≤ maandeinde en (geen niet-ingetrokken MEZ of MEZ-datum ≥ maandbegin). "
    + "Een cliënt kan dus meer regels hebben. Bij meer zorgperioden op één toewijzing in de maand telt de laatste.")]
[Tag("Bewonerslijst")]
[Source(Lijstbronnen.Document, "Bewonerslijst", "Op deze lijst staan alle cliënten die een periode van 1 maand bij u in zorg zijn of zijn geweest.")]
[Source(Lijstbronnen.Document, "Bewonerslijst", "Voor een client kunnen meerdere zorgtoewijzingen op de lijst staan.")]
internal sealed class BewonersInMaand : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        Peildatum p = null!;
        Zorgperiode z = null!;
        When()
            .Match(() => c)
            .Match(() => p)
            .Match(() => z, x => x.OverlaptMet(BewonerSignaal.Maandbegin(p.Datum), BewonerSignaal.Maandeinde(p.Datum)))
            .Not<Zorgperiode>(x => x.ToewijzingId == z.ToewijzingId && x.Begindatum > z.Begindatum
                && x.OverlaptMet(BewonerSignaal.Maandbegin(p.Datum), BewonerSignaal.Maandeinde(p.Datum)));
        Then()
            .Yield(ctx => BewonerSignaal.Maak(ctx.Rule, c, z, p.Datum));
    }
}
