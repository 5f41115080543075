using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Derives a <see cref="Zorgperiode"/> for each begindatum of a MAZ that was not withdrawn.</summary>
[RuleId(RegelIds.BepaalZorgperiode)]
[Name("Zorgperiode uit MAZ en MEZ")]
[Description(
    "Per niet-verwijderde MAZ: de zorgperiode vanaf de begindatum tot de eerste niet-ingetrokken MUT einde zorg "
    + "(mutatiecode 17, 19 of 20) met mutatiedatum ≥ begindatum. Een ingetrokken MEZ (MUT einde zorg ingetrokken, "
    + "StatusAanlevering verwijderen) beëindigt de zorg niet. De zorgperiode eindigt op de eerste van: MEZ-mutatiedatum, "
    + "einddatum van de toewijzing, intrekking (RedenIntrekking, bv. 1 overleden: na overlijden komt geen MEZ); dat is "
    + "Zorgperiode.LaatsteDagInZorg, de laatste dag in zorg (inclusief), één definitie voor alle lijsten. Keuze: de "
    + "MEZ-mutatiedatum is de laatste dag in zorg (de bron zet de MUT-datum als einddatum op de toewijzing, en die is "
    + "'voor de laatste keer geleverd'). Een intrekking heeft in iWlz 2.2 geen eigen datum: ze telt vanaf de einddatum "
    + "van de toewijzing, of zonder einddatum vanaf de toewijzingsdatum van het ingetrokken record. "
    + "Twee niet-verwijderde MAZ op dezelfde toewijzing met dezelfde begindatum geven één zorgperiode (de MAZ die eerst komt "
    + "in de vaste volgorde van Zorgperiode.IsGelijkeEerdereMaz telt), niet twee gelijke.")]
[Priority(30)]
[Tag("Gedeeld")]
[Tag("InZorg")]
[Tag("Bewonerslijst")]
[Tag("WachtUitVoorzorg")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "U heeft deze cliënten met een MAZ in zorg gemeld.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u een MUT einde zorg ingetrokken? Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing.")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "Op deze lijst staan de cliënten die volgens onze administratie bij u in zorg zijn.")]
internal sealed class BepaalZorgperiode : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Zorgtoewijzing t = null!;
        Maz mz = null!;
        IEnumerable<Mutatie> mezen = null!;
        When()
            .Match(() => t)
            .Match(() => mz, x => x.ToewijzingId == t.Id && !x.IsVerwijderd)
            .Not<Maz>(x => x.ToewijzingId == t.Id && !x.IsVerwijderd && Zorgperiode.IsGelijkeEerdereMaz(x, mz))
            .Query(() => mezen, q => q
                .Match<Mutatie>(x => x.ToewijzingId == t.Id && x.IsEindeZorg && !x.IsIngetrokken && x.Mutatiedatum >= mz.Begindatum)
                .Collect());
        Then()
            .Yield(ctx => new Zorgperiode(t, mz.Begindatum, Zorgperiode.EersteMez(mezen)));
    }
}
