using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Derives a <see cref="Zorgperiode"/> for each MAZ that was not withdrawn.</summary>
[RuleId("Gedeeld.BepaalZorgperiode")]
[Name("Zorgperiode uit MAZ en MEZ")]
[Description(
    "Per niet-verwijderde MAZ: de zorgperiode vanaf de begindatum tot de eerste niet-ingetrokken MUT einde zorg "
    + "(mutatiecode 17, 19 of 20) met mutatiedatum ≥ begindatum. Een ingetrokken MEZ (MUT einde zorg ingetrokken, "
    + "StatusAanlevering verwijderen) beëindigt de zorg niet. Einddatum en intrekking van de toewijzing tellen hier niet.")]
[Tag("Gedeeld")]
[Tag("InZorg")]
[Tag("Bewonerslijst")]
[Tag("WachtUitVoorzorg")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "U heeft deze cliënten met een MAZ in zorg gemeld.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u een MUT einde zorg ingetrokken? Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing.")]
public sealed class BepaalZorgperiode : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Zorgtoewijzing t = null!;
        Maz mz = null!;
        IReadOnlyList<Mutatie> mezen = null!;
        When()
            .Match(() => t)
            .Match(() => mz, x => x.ToewijzingId == t.Id && !x.IsVerwijderd)
            .Collect(() => mezen, x => x.ToewijzingId == t.Id && x.IsEindeZorg && !x.IsIngetrokken && x.Mutatiedatum >= mz.Begindatum);
        Then()
            .Insert(_ => new Zorgperiode(t, mz.Begindatum, Zorgperiode.EersteMez(mezen)));
    }
}
