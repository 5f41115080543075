using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Lists the toewijzingen on which the zorgkantoor will place a MEZ: einddatum passed, but not yet more than 21 days ago.</summary>
[RuleId(RegelIds.ToekomstigeAutomez)]
[Name("Toekomstige automez")]
[Description(
    "Over elke AutomezKandidaat (zie BepaalAutomezKandidaat): " + AutomezBron.Voorwaarden
    + "Als P vóór de MEZ-datum ligt: een regel op de lijst Toekomstige automez met de geplande MEZ-datum (cadans: de bron noemt er geen; keuze Wekelijks). Bij een ingetrokken MUT einde zorg komt de notitie uit de bron erbij.")]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.HeeftMaz)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.EinddatumMeerDan21DagenGeleden)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.GeenAndereToewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.Vervolgtoewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, "Op deze lijst staan zorgtoewijzingen waarvan de einddatum is verstreken en waar wij een MEZ op gaan plaatsen.")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, "Heeft u een MUT einde zorg ingetrokken? Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing.")]
internal sealed class ToekomstigeAutomez : Rule
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
