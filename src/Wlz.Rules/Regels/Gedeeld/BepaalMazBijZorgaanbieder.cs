using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Derives <see cref="MazBijZorgaanbieder"/> for each toewijzing with a MAZ that was not withdrawn.</summary>
[RuleId(RegelIds.BepaalMazBijZorgaanbieder)]
[Name("Cliënt bekend bij zorgaanbieder")]
[Description(
    "Per toewijzing met minstens één niet-verwijderde MAZ: de cliënt is bekend bij die AGB-code. Keuze: 'nieuw voor u' "
    + "betekent dat er geen andere toewijzing van deze cliënt bij dezelfde AGB-code is die een (niet-verwijderde) MAZ "
    + "had, ongeacht datum of intrekking van die toewijzing.")]
[Priority(30)]
[Tag("Gedeeld")]
[Tag("ZonderMazMut")]
[Source(Lijstbronnen.Document, "Zorgtoewijzing zonder MAZ/MUT", "Of als de cliënt nieuw voor u is, binnen 10 werkdagen.")]
internal sealed class BepaalMazBijZorgaanbieder : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Zorgtoewijzing t = null!;
        When()
            .Match(() => t)
            .Exists<Maz>(x => x.ToewijzingId == t.Id && !x.IsVerwijderd);
        Then()
            .Yield(ctx => new MazBijZorgaanbieder(t.Zorgaanbieder, t.Id));
    }
}
