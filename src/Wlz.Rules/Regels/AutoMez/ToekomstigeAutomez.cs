using Wlz.Rules.Engine;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Lists the toewijzingen on which the zorgkantoor will place a MEZ: einddatum passed, but not yet more than 21 days ago.</summary>
[RuleId("AutoMez.ToekomstigeAutomez")]
[Name("Toekomstige automez")]
[Description(
    "Over elke AutomezKandidaat (zie BepaalAutomezKandidaat): toewijzing (niet ingetrokken) met een niet-verwijderde MAZ, einddatum E < P, zonder niet-ingetrokken MEZ (17/19/20), "
    + "en zonder andere toewijzing van dezelfde cliënt met een niet-verwijderde MAZ die geldig is op P of aansluitend is "
    + "(ingangsdatum ≤ E + AansluitendMaxDagenNaEinddatum = 1 en nog lopend na E). Keuze: 'andere' toewijzing bij elke "
    + "zorgaanbieder (de bron beperkt het niet), ook met een ander percentage. Een ingetrokken MEZ telt niet als MEZ. "
    + "MEZ-datum = E + AutoMezTermijnDagen (21) + 1: de eerste dag 'meer dan 21 dagen geleden'. "
    + "Als P vóór de MEZ-datum ligt: een regel op de lijst Toekomstige automez met de geplande MEZ-datum (cadans: de bron noemt er geen; keuze Wekelijks). Bij een ingetrokken MUT einde zorg komt de notitie uit de bron erbij.")]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "De zorgtoewijzing heeft een MAZ en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden en")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "er is geen andere geldige of aansluitende toewijzing met een MAZ.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u al een aansluitende vervolgtoewijzing gekregen? Bijvoorbeeld met een ander percentage? Stuur dan een MAZ op de vervolgtoewijzing. Op die manier wordt de MEZ niet geplaatst.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Op deze lijst staan zorgtoewijzingen waarvan de einddatum is verstreken en waar wij een MEZ op gaan plaatsen.")]
[Source(Lijstbronnen.Document, "Toekomstige automez", "Heeft u een MUT einde zorg ingetrokken? Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing.")]
public sealed class ToekomstigeAutomez : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        ParametersOpPeildatum par = null!;
        AutomezKandidaat k = null!;
        When()
            .Match(() => par)
            .Match(() => k, x => par.Peildatum < x.Mezdatum);
        Then()
            .Yield(ctx => ToekomstigeAutomezSignaal.Maak(ctx.Rule, k.Client, k.Toewijzing, par.Peildatum, par.AutoMezTermijnDagen, k.HeeftIngetrokkenMez));
    }
}
