using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Signals a toewijzing that still carries the instellingsvreemde profiel after the toetsing decided to convert it.</summary>
[RuleId(RegelIds.OmzettenNietVerwerkt)]
[Name("Besluit omzetten niet verwerkt")]
[Description(
    "Signals an instellingsvreemde toewijzing with a Toetsingsuitkomst 'Omzetten' when the peildatum is after the besluitdatum and "
    + "the toewijzing (still with the instellingsvreemde zorgprofiel) has no einddatum or an einddatum after the besluitdatum. "
    + "Choice: the besluitdatum itself is allowed (no grace period beyond it); the source sets no termijn.")]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.UitkomstZin)]
internal sealed class OmzettenNietVerwerkt : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Client client = null!;
        InstellingsvreemdeToewijzing vreemd = null!;
        Toetsingsuitkomst uitkomst = null!;
        When()
            .Match(() => peildatum)
            .Match(() => client)
            .Match(() => vreemd)
            .Match(
                () => uitkomst,
                u => u.ToewijzingId == vreemd.ToewijzingId,
                u => u.Besluit == Toetsingsbesluit.Omzetten,
                u => u.Datum < peildatum.Datum,
                u => vreemd.Toewijzing.Einddatum == null || vreemd.Toewijzing.Einddatum.Value > u.Datum);
        Then().Yield(ctx => InstellingsvreemdSignaal.OmzettenNietVerwerkt(ctx.Rule, client, vreemd, uitkomst, peildatum.Datum));
    }
}
