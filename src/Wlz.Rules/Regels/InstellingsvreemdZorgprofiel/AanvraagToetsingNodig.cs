using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Signals an AAT (aanvraag aangepaste zorgtoewijzing) that asks for an instellingsvreemd zorgprofiel.</summary>
[RuleId(RegelIds.AanvraagToetsingNodig)]
[Name("Instellingsvreemd: aanvraag vraagt toetsing")]
[Description(
    "Signals each AAT that is not deleted (StatusAanlevering Verwijderd), was received on or before the peildatum, and asks for a "
    + "zorgprofiel other than the toewijzing's whose sector the toewijzing's zorgaanbieder is not toegelaten for, while no "
    + "Toetsingsuitkomst on that toewijzing answers it. Choice: the aanvraag is judged against the zorgaanbieder of the toewijzing it amends. "
    + "Reading of 'bij elke aanvraag': each aanvraag needs its own toetsing, so only an uitkomst dated on or after the AAT's "
    + "ontvangstdatum answers it (an uitkomst on the day of receipt counts); an older uitkomst, about an earlier aanvraag or the "
    + "toewijzing itself, does not silence a new AAT.")]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.ToetsingZin)]
internal sealed class AanvraagToetsingNodig : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Client client = null!;
        Aat aat = null!;
        Zorgtoewijzing toewijzing = null!;
        Zorgaanbieder zorgaanbieder = null!;
        When()
            .Match(() => peildatum)
            .Match(() => client)
            .Match(() => aat, a => a.StatusAanlevering != StatusAanlevering.Verwijderd, a => a.Ontvangstdatum <= peildatum.Datum)
            .Match(() => toewijzing, t => t.Id == aat.ToewijzingId)
            .Match(() => zorgaanbieder, z => z.AgbCode.Waarde == toewijzing.Zorgaanbieder.Waarde)
            .Having(
                () => aat.Zorgprofiel.Code != toewijzing.Zorgprofiel.Code,
                () => Instellingsvreemdheid.IsInstellingsvreemd(zorgaanbieder, aat.Zorgprofiel))
            .Not<Toetsingsuitkomst>(u => u.ToewijzingId == toewijzing.Id && u.Datum >= aat.Ontvangstdatum);
        Then().Yield(ctx => InstellingsvreemdSignaal.AanvraagToetsingNodig(ctx.Rule, client, aat, toewijzing, zorgaanbieder));
    }
}
