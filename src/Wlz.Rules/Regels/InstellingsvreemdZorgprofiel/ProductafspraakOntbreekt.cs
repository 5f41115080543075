using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Signals a toewijzing whose zorgprofiel is of a toegelaten sector but not in the zorgaanbieder's productafspraak.</summary>
[RuleId(RegelIds.ProductafspraakOntbreekt)]
[Name("Toegelaten sector, productafspraak ontbreekt")]
[Description(
    "Signals each current toewijzing (not ingetrokken, not ended before the peildatum) whose zorgprofiel is of a sector the "
    + "zorgaanbieder is toegelaten for, but is not among its gecontracteerde zorgprofielen. This is not instellingsvreemd (no toetsing), "
    + "but the agreed set of zorgprofielen does not cover it. Choice: a zorgaanbieder with no gecontracteerde zorgprofielen in the register "
    + "has no known productafspraak and is not reported.")]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.AfspraakZin)]
internal sealed class ProductafspraakOntbreekt : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Client client = null!;
        Zorgtoewijzing toewijzing = null!;
        Zorgaanbieder zorgaanbieder = null!;
        When()
            .Match(() => peildatum)
            .Match(() => client)
            .Match(() => toewijzing, t => t.RedenIntrekking == null, t => t.Einddatum == null || t.Einddatum.Value >= peildatum.Datum)
            .Match(() => zorgaanbieder, z => z.AgbCode.Waarde == toewijzing.Zorgaanbieder.Waarde)
            .Having(() => Instellingsvreemdheid.IsProductafspraakOntbrekend(zorgaanbieder, toewijzing.Zorgprofiel));
        Then().Yield(ctx => InstellingsvreemdSignaal.ProductafspraakOntbreekt(ctx.Rule, client, toewijzing, zorgaanbieder));
    }
}
