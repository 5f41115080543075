using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Finds the toewijzingen on which the zorgkantoor places an automatic MEZ, now or later, and inserts an <see cref="AutomezKandidaat"/>.</summary>
[RuleId("AutoMez.BepaalAutomezKandidaat")]
[Name("Kandidaat voor een automatische MEZ")]
[Description(
    "Toewijzing (niet ingetrokken) met een niet-verwijderde MAZ, einddatum E < P, zonder niet-ingetrokken MEZ (17/19/20), "
    + "en zonder andere toewijzing van dezelfde cliënt met een niet-verwijderde MAZ die geldig is op P of aansluitend is "
    + "(ingangsdatum ≤ E + AansluitendMaxDagenNaEinddatum = 1 en nog lopend na E). Keuze: 'andere' toewijzing bij elke "
    + "zorgaanbieder (de bron beperkt het niet), ook met een ander percentage. Een ingetrokken MEZ telt niet als MEZ. "
    + "MEZ-datum = E + AutoMezTermijnDagen (21) + 1: de eerste dag 'meer dan 21 dagen geleden'. ")]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "De zorgtoewijzing heeft een MAZ en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "er is geen andere geldige of aansluitende toewijzing met een MAZ.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u al een aansluitende vervolgtoewijzing gekregen? Bijvoorbeeld met een ander percentage? Stuur dan een MAZ op de vervolgtoewijzing. Op die manier wordt de MEZ niet geplaatst.")]
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
