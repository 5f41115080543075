using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>
/// Finds, for each toewijzing whose einddatum has passed, every other toewijzing that is geldig or aansluitend and has a
/// MAZ, and inserts an <see cref="AansluitendeToewijzingMetMaz"/> per pair: the third automatic-MEZ condition, read by
/// <see cref="BepaalAutomezKandidaat"/>.
/// </summary>
[RuleId(RegelIds.BepaalAansluitendeToewijzingMetMaz)]
[Name("Andere geldige of aansluitende toewijzing met een MAZ")]
[Description(
    "Per toewijzing t (niet ingetrokken) met einddatum E < P en per andere toewijzing o (o ≠ t) van dezelfde cliënt die "
    + "geldig is op P of aansluitend is (ingangsdatum ≤ E + AansluitendMaxDagenNaEinddatum = 1 en nog lopend na E; "
    + "ingetrokken telt nooit, zie Automez.IsGeldigOfAansluitend) en minstens één niet-verwijderde MAZ heeft: één feit "
    + "AansluitendeToewijzingMetMaz(t, o). Zo'n feit betekent 'er is een andere geldige of aansluitende toewijzing met "
    + "een MAZ', en BepaalAutomezKandidaat plaatst dan geen automatische MEZ op t. Keuze: één feit per paar (t, o), niet "
    + "per o, omdat 'aansluitend' van de einddatum van t afhangt; 'andere' toewijzing bij elke zorgaanbieder, ook met een "
    + "ander percentage.")]
[Priority(30)]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.GeenAndereToewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.Vervolgtoewijzing)]
internal sealed class BepaalAansluitendeToewijzingMetMaz : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ParametersOpPeildatum par = null!;
        Zorgtoewijzing t = null!;
        Zorgtoewijzing o = null!;
        When()
            .Match(() => par)
            .Match(() => t, x => !x.IsIngetrokken && x.Einddatum != null && x.Einddatum.Value < par.Peildatum)
            .Match(() => o, x => x.Id != t.Id && Automez.IsGeldigOfAansluitend(x, t.Einddatum!.Value, par.Peildatum, par.AansluitendMaxDagenNaEinddatum))
            .Exists<Maz>(x => x.ToewijzingId == o.Id && !x.IsVerwijderd);
        Then()
            .Yield(ctx => new AansluitendeToewijzingMetMaz(t.Id, o.Id));
    }
}
