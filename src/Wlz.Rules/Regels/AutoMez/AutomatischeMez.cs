using Wlz.Rules.Engine;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Emits the automatic MEZ the zorgkantoor places when the einddatum is more than 21 days ago.</summary>
[RuleId("AutoMez.AutomatischeMez")]
[Name("Automatische MEZ")]
[Description(
    "Over elke AutomezKandidaat (zie BepaalAutomezKandidaat): toewijzing (niet ingetrokken) met een niet-verwijderde MAZ, einddatum E < P, zonder niet-ingetrokken MEZ (17/19/20), "
    + "en zonder andere toewijzing van dezelfde cliënt met een niet-verwijderde MAZ die geldig is op P of aansluitend is "
    + "(ingangsdatum ≤ E + AansluitendMaxDagenNaEinddatum = 1 en nog lopend na E). Keuze: 'andere' toewijzing bij elke "
    + "zorgaanbieder (de bron beperkt het niet), ook met een ander percentage. Een ingetrokken MEZ telt niet als MEZ. "
    + "MEZ-datum = E + AutoMezTermijnDagen (21) + 1: de eerste dag 'meer dan 21 dagen geleden'. "
    + "Als P op of na de MEZ-datum ligt: de actie AutomatischeMez (Cadans.Direct) met toewijzing, mutatiedatum = einddatum en mutatiecode 19 (levering beëindigd, toewijzing sluiten; keuze — 20, aanhouden, is het alternatief dat CA319 ook toestaat).")]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "De zorgtoewijzing heeft een MAZ en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "er is geen andere geldige of aansluitende toewijzing met een MAZ.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u al een aansluitende vervolgtoewijzing gekregen? Bijvoorbeeld met een ander percentage? Stuur dan een MAZ op de vervolgtoewijzing. Op die manier wordt de MEZ niet geplaatst.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Wij plaatsen in deze situaties automatisch een MEZ")]
public sealed class AutomatischeMez : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ParametersOpPeildatum par = null!;
        AutomezKandidaat k = null!;
        When()
            .Match(() => par)
            .Match(() => k, x => par.Peildatum >= x.Mezdatum);
        Then()
            .Yield(ctx => AutomatischeMezSignaal.Maak(ctx.Rule, k.Client, k.Toewijzing, k.LaatsteMazBegindatum, par.AutoMezTermijnDagen, k.HeeftIngetrokkenMez));
    }
}
