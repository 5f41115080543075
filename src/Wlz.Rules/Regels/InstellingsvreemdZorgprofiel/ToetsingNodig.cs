using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Signals an instellingsvreemde toewijzing for which no toetsingsuitkomst is known: the toetsing is needed.</summary>
[RuleId(RegelIds.ToetsingNodig)]
[Name("Instellingsvreemd: toetsing nodig")]
[Description(
    "Signals each current toewijzing whose zorgprofiel is of a sector the zorgaanbieder is not toegelaten for, as long as "
    + "no Toetsingsuitkomst names it. Choice: a profile from another sector that is in the productafspraak ('in beperkte mate') "
    + "is still instellingsvreemd and still needs the toetsing; the explanation says that it is contracted.")]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.DefinitieZin)]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.ToetsingZin)]
internal sealed class ToetsingNodig : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client client = null!;
        InstellingsvreemdeToewijzing vreemd = null!;
        When()
            .Match(() => client)
            .Match(() => vreemd)
            .Not<Toetsingsuitkomst>(u => u.ToewijzingId == vreemd.ToewijzingId);
        Then().Yield(ctx => InstellingsvreemdSignaal.ToetsingNodig(ctx.Rule, client, vreemd));
    }
}
