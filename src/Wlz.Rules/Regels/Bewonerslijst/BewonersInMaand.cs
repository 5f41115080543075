using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.Bewonerslijst;

/// <summary>Lists every toewijzing on which the cliënt was in zorg on at least one day of the reporting month.</summary>
[RuleId(RegelIds.BewonersInMaand)]
[Name("Bewonerslijst")]
[Description(
    "De rapportagemaand (ParametersOpPeildatum.Rapportagemaand): expliciet in te stellen (WlzRulesOptions.Rapportagemaand), "
    + "standaard de laatste volledige maand vóór P — een run op 1 juni of op 30 juni geeft mei, zodat een cliënt die op "
    + "20 mei vertrok niet ontbreekt. Eén regel per toewijzing met een zorgperiode die de maand raakt: MAZ-begindatum ≤ "
    + "maandeinde en laatste dag in zorg (Zorgperiode.LaatsteDagInZorg: de eerste van MEZ-mutatiedatum, einddatum en "
    + "intrekking van de toewijzing) ≥ maandbegin. Keuze: de MEZ-mutatiedatum is de laatste dag in zorg, dezelfde "
    + "definitie als Cliënten in zorg: op de MEZ-dag in zorg, de dag erna niet. "
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
        ParametersOpPeildatum p = null!;
        Zorgperiode z = null!;
        When()
            .Match(() => c)
            .Match(() => p)
            .Match(() => z, x => x.OverlaptMet(BewonerSignaal.Maandbegin(p.Rapportagemaand), BewonerSignaal.Maandeinde(p.Rapportagemaand)))
            .Not<Zorgperiode>(x => x.ToewijzingId == z.ToewijzingId && x.Begindatum > z.Begindatum
                && x.OverlaptMet(BewonerSignaal.Maandbegin(p.Rapportagemaand), BewonerSignaal.Maandeinde(p.Rapportagemaand)));
        Then()
            .Yield(ctx => BewonerSignaal.Maak(ctx.Rule, c, z, p.Rapportagemaand));
    }
}
