using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Emits the automatic MEZ the zorgkantoor places when the einddatum is more than 21 days ago.</summary>
[RuleId(RegelIds.AutomatischeMez)]
[Name("Automatische MEZ")]
[Description(
    "Over elke AutomezKandidaat (zie BepaalAutomezKandidaat): " + AutomezBron.Voorwaarden
    + "Als P op of na de MEZ-datum ligt: de actie AutomatischeMez (Cadans.Direct) met toewijzing, mutatiedatum = einddatum en mutatiecode 19 (levering beëindigd, toewijzing sluiten; keuze — 20, aanhouden, is het alternatief dat CA319 ook toestaat).")]
[Tag("AutoMez")]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.HeeftMaz)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.EinddatumMeerDan21DagenGeleden)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.GeenAndereToewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, AutomezBron.Vervolgtoewijzing)]
[Source(Lijstbronnen.Document, AutomezBron.Sectie, "Wij plaatsen in deze situaties automatisch een MEZ")]
internal sealed class AutomatischeMez : Rule
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
