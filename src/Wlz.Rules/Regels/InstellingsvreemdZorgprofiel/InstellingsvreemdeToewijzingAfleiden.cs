using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Derives <see cref="InstellingsvreemdeToewijzing"/>: a current toewijzing whose zorgprofiel's sector the zorgaanbieder is not toegelaten for.</summary>
[RuleId(RegelIds.InstellingsvreemdeToewijzingAfleiden)]
[Name("Instellingsvreemde toewijzing")]
[Description(
    "Derives, for each toewijzing that is not ingetrokken and has not ended before the peildatum (current or future), "
    + "whether its zorgprofiel's sector (FACTS.md §3.2) is missing from the toegelaten sectoren of the zorgaanbieder it names. "
    + "Choices: a toewijzing whose AGB is not in the register is not judged; profiles of sector Overig (996–999) are never instellingsvreemd.")]
[Priority(30)]
[Tag("InstellingsvreemdZorgprofiel")]
[Source(InstellingsvreemdLijsten.Document, InstellingsvreemdLijsten.Sectie, InstellingsvreemdLijsten.DefinitieZin)]
internal sealed class InstellingsvreemdeToewijzingAfleiden : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum peildatum = null!;
        Zorgtoewijzing toewijzing = null!;
        Zorgaanbieder zorgaanbieder = null!;
        When()
            .Match(() => peildatum)
            .Match(() => toewijzing, t => t.RedenIntrekking == null, t => t.Einddatum == null || t.Einddatum.Value >= peildatum.Datum)
            .Match(() => zorgaanbieder, z => z.AgbCode.Waarde == toewijzing.Zorgaanbieder.Waarde)
            .Having(() => Instellingsvreemdheid.IsInstellingsvreemd(zorgaanbieder, toewijzing.Zorgprofiel));
        Then().Yield(ctx => new InstellingsvreemdeToewijzing(toewijzing, zorgaanbieder));
    }
}
