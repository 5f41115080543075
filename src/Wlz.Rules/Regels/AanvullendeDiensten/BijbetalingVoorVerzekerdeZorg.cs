using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Signals a charge for a dienst whose category belongs to the Wlz-verzekerde zorg.</summary>
[RuleId(RegelIds.BijbetalingVoorVerzekerdeZorg)]
[Name("Bijbetaling voor Wlz-verzekerde zorg")]
[Description(
    "Signals each charge on or before the peildatum with a positive amount for a dienst whose category the VerzekerdeZorgcatalogus marks as "
    + "insured. Choice: a category the catalogue does not know is not judged (extend the catalogue with VerzekerdeZorgcatalogus.Met).")]
[Tag("AanvullendeDiensten")]
[Source(AanvullendeDienstenLijsten.Document, AanvullendeDienstenLijsten.Sectie, AanvullendeDienstenLijsten.GeenBijbetalingZin)]
internal sealed class BijbetalingVoorVerzekerdeZorg : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        VerzekerdeZorgcatalogus catalogus = null!;
        Bijbetaling bijbetaling = null!;
        AanvullendeDienst dienst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => catalogus)
            .Match(() => bijbetaling, b => b.Datum <= peildatum.Datum, b => b.BedragInEurocent > 0)
            .Match(() => dienst, d => d.Id == bijbetaling.DienstId, d => catalogus.IsVerzekerd(d.Categorie));
        Then().Yield(ctx => AanvullendeDienstSignaal.BijbetalingVoorVerzekerdeZorg(ctx.Rule, bijbetaling, dienst, catalogus));
    }
}
