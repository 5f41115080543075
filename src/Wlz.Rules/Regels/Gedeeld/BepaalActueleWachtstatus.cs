using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Derives the <see cref="ActueleWachtstatus"/> of each toewijzing on the peildatum.</summary>
[RuleId(RegelIds.BepaalActueleWachtstatus)]
[Name("Actuele wachtstatus van een toewijzing")]
[Description(
    "Per toewijzing (niet ingetrokken, niet geëindigd vóór P): de laatste niet-ingetrokken MUT met een wachtstatus "
    + "(leveringsstatus 2, 3, 6 of 7) met mutatiedatum ≤ P, geordend op mutatiedatum (bij gelijke datum: hoogste "
    + "leveringsstatus, dan classificatie, dan mutatiecode en begindatum, zodat twee MUTs met dezelfde status één "
    + "wachtstatus geven). 'Sinds' = die mutatiedatum. Niet actueel als daarna (op of na de mutatiedatum, "
    + "≤ P) een niet-verwijderde MAZ begon, of later (≤ P) een niet-ingetrokken MUT einde zorg (17/19/20) kwam, of op of "
    + "na de mutatiedatum (≤ P) een niet-ingetrokken MUT die de toewijzing intrekt (leveringsstatus 5 Einde zorgvraag bij "
    + "mutatiecode 12, 17, 19 of 21; TR046, IwlzCodelijsten.TrektToewijzingIn). "
    + "Keuze: een ingetrokken toewijzing heeft geen wachtstatus. Keuze: zo'n intrekking beëindigt het wachten vanaf haar "
    + "mutatiedatum (op die dag staat de cliënt niet meer op de Wachtlijst of Urgent/Actief), zoals een MUT einde zorg vanaf "
    + "zijn mutatiedatum geldt; een intrekking op dezelfde dag als de wachtstatus-MUT gaat vóór, want na einde zorgvraag "
    + "wacht de cliënt niet meer op deze toewijzing.")]
[Priority(30)]
[Tag("Gedeeld")]
[Tag("UrgentActiefPlaatsen")]
[Tag("Wachtlijst")]
[Tag("WachtUitVoorzorg")]
[Source(Lijstbronnen.Document, "Wachtlijst", "Dit zijn de cliënten met de statussen ‘Urgent plaatsen’, ‘Actief plaatsen’, ‘Wacht op voorkeur’ en ‘Wacht uit voorzorg’.")]
internal sealed class BepaalActueleWachtstatus : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Peildatum p = null!;
        Zorgtoewijzing t = null!;
        Mutatie m = null!;
        When()
            .Match(() => p)
            .Match(() => t, x => !x.IsIngetrokken && (x.Einddatum == null || x.Einddatum.Value >= p.Datum))
            .Match(() => m, x => x.ToewijzingId == t.Id && !x.IsIngetrokken && x.IsWachtstatus && x.Mutatiedatum <= p.Datum)
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && !x.IsIngetrokken && x.IsWachtstatus && x.Mutatiedatum <= p.Datum && Wachtstatusvolgorde.IsLater(x, m))
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && !x.IsIngetrokken && x.IsEindeZorg && x.Mutatiedatum > m.Mutatiedatum && x.Mutatiedatum <= p.Datum)
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && !x.IsIngetrokken && x.Leveringsstatus != null
                && IwlzCodelijsten.TrektToewijzingIn(x.Mutatiecode, x.Leveringsstatus.Value)
                && x.Mutatiedatum >= m.Mutatiedatum && x.Mutatiedatum <= p.Datum)
            .Not<Maz>(x => x.ToewijzingId == t.Id && !x.IsVerwijderd && x.Begindatum >= m.Mutatiedatum && x.Begindatum <= p.Datum);
        Then()
            .Yield(ctx => new ActueleWachtstatus(t, m.Leveringsstatus!.Value, m.Classificatie, m.Mutatiedatum));
    }
}
