using NodaTime;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>
/// Finds the toewijzingen on which the zorgkantoor places an automatic MEZ, now or later, and inserts an
/// <see cref="AutomezKandidaat"/>. The third condition (no other geldige or aansluitende toewijzing with a MAZ) is the
/// absence of an <see cref="AansluitendeToewijzingMetMaz"/> for the toewijzing.
/// </summary>
[RuleId(RegelIds.BepaalAutomezKandidaat)]
[Name("Kandidaat voor een automatische MEZ")]
[Description(AutomezBron.Voorwaarden)]
[Priority(20)]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.HeeftMaz)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.EinddatumMeerDan21DagenGeleden)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.GeenAndereToewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.Vervolgtoewijzing)]
internal sealed class BepaalAutomezKandidaat : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        Zorgtoewijzing t = null!;
        IEnumerable<Maz> mazen = null!;
        IEnumerable<Mutatie> ingetrokken = null!;
        LocalDate mezdatum = default;
        When()
            .Match(() => c)
            .Match(() => par)
            .Match(() => t, x => !x.IsIngetrokken && x.Einddatum != null && x.Einddatum.Value < par.Peildatum)
            .Query(() => mazen, q => q.Match<Maz>(x => x.ToewijzingId == t.Id && !x.IsVerwijderd).Collect())
            .Having(() => mazen.Any())
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && x.IsEindeZorg && !x.IsIngetrokken)
            .Not<AansluitendeToewijzingMetMaz>(x => x.ToewijzingId == t.Id)
            .Query(() => ingetrokken, q => q.Match<Mutatie>(x => x.ToewijzingId == t.Id && x.IsEindeZorgIngetrokken).Collect())
            .Let(() => mezdatum, () => Automez.Mezdatum(t.Einddatum!.Value, par.AutoMezTermijnDagen));
        Then()
            .Yield(ctx => new AutomezKandidaat(c, t, Automez.LaatsteBegindatum(mazen), mezdatum, ingetrokken.Any()));
    }
}
