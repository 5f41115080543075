using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Finds the toewijzingen on which the zorgkantoor places an automatic MEZ, now or later, and inserts an <see cref="AutomezKandidaat"/>.</summary>
[RuleId("AutoMez.BepaalAutomezKandidaat")]
[Name("Kandidaat voor een automatische MEZ")]
[Description(AutomezBron.Voorwaarden)]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.HeeftMaz)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.EinddatumMeerDan21DagenGeleden)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.GeenAndereToewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.Vervolgtoewijzing)]
public sealed class BepaalAutomezKandidaat : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        Zorgtoewijzing t = null!;
        Zorgtoewijzing o = null!;
        IReadOnlyList<Maz> mazen = null!;
        IReadOnlyList<Mutatie> ingetrokken = null!;
        LocalDate mezdatum = default;
        When()
            .Match(() => c)
            .Match(() => par)
            .Match(() => t, x => !x.IsIngetrokken && x.Einddatum != null && x.Einddatum.Value < par.Peildatum)
            .Collect(() => mazen, x => x.ToewijzingId == t.Id && !x.IsVerwijderd)
            .Having(() => mazen.Count > 0)
            .Not<Mutatie>(x => x.ToewijzingId == t.Id && x.IsEindeZorg && !x.IsIngetrokken)
            .Not(g => g
                .Match(() => o, x => x.Id != t.Id && Automez.IsGeldigOfAansluitend(x, t.Einddatum!.Value, par.Peildatum, par.AansluitendMaxDagenNaEinddatum))
                .Exists<Maz>(x => x.ToewijzingId == o.Id && !x.IsVerwijderd))
            .Collect(() => ingetrokken, x => x.ToewijzingId == t.Id && x.IsEindeZorgIngetrokken)
            .Let(() => mezdatum, () => Automez.Mezdatum(t.Einddatum!.Value, par.AutoMezTermijnDagen));
        Then()
            .Insert(ctx => new AutomezKandidaat(c, t, Automez.LaatsteBegindatum(mazen), mezdatum, ingetrokken.Count > 0));
    }
}
