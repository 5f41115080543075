using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.ZonderMazMut;

/// <summary>Lists the toewijzingen for which the zorgkantoor has received no MAZ and no MUT.</summary>
/// <param name="kalender">The werkdagen calendar.</param>
[RuleId(RegelIds.ZorgtoewijzingZonderMazMut)]
[Name("Zorgtoewijzing zonder MAZ/MUT")]
[Description(
    "Toewijzingen die op of vóór P zijn ontvangen (EffectieveOntvangstdatum: ontvangstdatum, anders toewijzingsdatum), "
    + "niet ingetrokken, zonder niet-verwijderde MAZ en zonder niet-ingetrokken MUT. Termijn: AddWerkdagen(ontvangst, "
    + "MazMutTermijnWerkdagen = 5), of MazMutTermijnNieuweClientWerkdagen = 10 als de cliënt nieuw is (geen andere "
    + "toewijzing bij dezelfde AGB-code met een niet-verwijderde MAZ). Werkdag 1 is de eerste werkdag na de ontvangst. "
    + "Werkdagen resterend = werkdagen in (P, uiterste datum], negatief = werkdagen in (uiterste datum, P]. "
    + "'Zorgkantoor neemt contact op' zodra P na AddWerkdagen(ontvangst, ContactNaWerkdagen = 10) ligt.")]
[Tag("ZonderMazMut")]
[Source(Lijstbronnen.Document, "Zorgtoewijzing zonder MAZ/MUT", "De afspraak is dat u een MAZ of MUT uiterlijk binnen 5 werkdagen na ontvangst van de toewijzing aan ons doorgeeft.")]
[Source(Lijstbronnen.Document, "Zorgtoewijzing zonder MAZ/MUT", "Of als de cliënt nieuw voor u is, binnen 10 werkdagen.")]
[Source(Lijstbronnen.Document, "Zorgtoewijzing zonder MAZ/MUT", "Wanneer we na 10 werkdagen nog geen MAZ of MUT hebben ontvangen nemen we contact met u op")]
internal sealed class ZorgtoewijzingZonderMazMut(IWerkdagenkalender kalender) : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        Zorgtoewijzing t = null!;
        IEnumerable<MazBijZorgaanbieder> bekend = null!;
        When()
            .Match(() => c)
            .Match(() => par)
            .Match(() => t, x => !x.IsIngetrokken && x.EffectieveOntvangstdatum <= par.Peildatum)
            .Not<Maz>(x => x.ToewijzingId == t.Id && !x.IsVerwijderd)
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && !x.IsIngetrokken)
            .Query(() => bekend, q => q.Match<MazBijZorgaanbieder>(x => x.Zorgaanbieder.Waarde == t.Zorgaanbieder.Waarde).Collect());
        Then()
            .Yield(ctx => ZonderMazMutSignaal.Maak(ctx.Rule, c, t, !bekend.Any(), par, kalender));
    }
}
