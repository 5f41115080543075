using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Derives <see cref="ToewijzingInZorg"/>: the toewijzingen on which the cliënt is in zorg on the peildatum.</summary>
[RuleId(RegelIds.BepaalToewijzingInZorg)]
[Name("Toewijzing in zorg op de peildatum")]
[Description(
    "Een toewijzing is in zorg op P als er een zorgperiode is (niet-verwijderde MAZ) met begindatum ≤ P ≤ "
    + "Zorgperiode.LaatsteDagInZorg: de eerste van MEZ-mutatiedatum (niet-ingetrokken MEZ 17/19/20), einddatum en "
    + "intrekking van de toewijzing. Keuze: de MEZ-mutatiedatum is de laatste dag in zorg, dus op de MEZ-dag nog in zorg "
    + "en de dag erna niet (zelfde definitie als de Bewonerslijst). Een MEZ op of na P wordt meegegeven. Bij meer "
    + "zorgperioden op één toewijzing telt de laatste (hoogste begindatum). Een verlopen of ingetrokken toewijzing is na "
    + "de einddatum niet meer in zorg, ook zonder MEZ (Toekomstige automez kijkt zelf naar de einddatum).")]
[Priority(20)]
[Tag("Gedeeld")]
[Tag("InZorg")]
[Tag("WachtUitVoorzorg")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "Op deze lijst staan de cliënten die volgens onze administratie bij u in zorg zijn.")]
internal sealed class BepaalToewijzingInZorg : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum p = null!;
        Zorgperiode z = null!;
        When()
            .Match(() => p)
            .Match(() => z, x => x.IsInZorgOp(p.Datum))
            .Not<Zorgperiode>(x => x.ToewijzingId == z.ToewijzingId && x.IsInZorgOp(p.Datum) && x.Begindatum > z.Begindatum);
        Then()
            .Yield(ctx => new ToewijzingInZorg(z.Toewijzing, z.Begindatum, z.Mezdatum));
    }
}
