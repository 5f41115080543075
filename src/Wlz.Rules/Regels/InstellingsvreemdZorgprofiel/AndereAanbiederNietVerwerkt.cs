using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Signals a toewijzing that is still current at this zorgaanbieder after the toetsing assigned the cliënt to another.</summary>
[RuleId(RegelIds.AndereAanbiederNietVerwerkt)]
[Name("Besluit andere aanbieder niet verwerkt")]
[Description(
    "Signals an instellingsvreemde toewijzing with a Toetsingsuitkomst 'AndereAanbieder' when the peildatum is after the besluitdatum "
    + "and the toewijzing at this AGB is still geldig on the peildatum (ingangsdatum on or before it, no einddatum or one on or after it). "
    + "Choice: 'still current' means geldig on the peildatum; a toewijzing that only starts after the peildatum is not reported yet.")]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.UitkomstZin)]
internal sealed class AndereAanbiederNietVerwerkt : Rule
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
            .Match(() => vreemd, v => v.Toewijzing.IsGeldigOp(peildatum.Datum))
            .Match(
                () => uitkomst,
                u => u.ToewijzingId == vreemd.ToewijzingId,
                u => u.Besluit == Toetsingsbesluit.AndereAanbieder,
                u => u.Datum < peildatum.Datum);
        Then().Yield(ctx => InstellingsvreemdSignaal.AndereAanbiederNietVerwerkt(ctx.Rule, client, vreemd, uitkomst, peildatum.Datum));
    }
}
