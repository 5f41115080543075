using NodaTime;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.WachtUitVoorzorg;

/// <summary>Lists the cliënten with Wacht uit voorzorg for more than a year who are in zorg on another toewijzing.</summary>
[RuleId(RegelIds.WachtUitVoorzorgMeerDan1Jaar)]
[Name("Wacht uit voorzorg meer dan 1 jaar")]
[Description(
    "ActueleWachtstatus 3 met sinds + WachtUitVoorzorgHorizon (1 jaar) < P: strikt meer dan een jaar. NodaTime: 29 februari "
    + "+ 1 jaar = 28 februari, dus een start op 29-02-2024 staat er vanaf 01-03-2025 op. 'Ondertussen andere zorg': de cliënt "
    + "is op P in zorg (ToewijzingInZorg) op een andere toewijzing, bij welke zorgaanbieder ook. De regel gaat naar de "
    + "zorgaanbieder van de wachtstatus.")]
[Tag("WachtUitVoorzorg")]
[Source(Lijstbronnen.Document, "Wacht uit voorzorg meer dan 1 jaar", "Op deze lijst staan de cliënten die meer dan een jaar bij u bekend zijn met wachtstatus Wacht uit voorzorg en ondertussen andere zorg krijgen.")]
internal sealed class WachtUitVoorzorgMeerDan1Jaar : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        ActueleWachtstatus w = null!;
        LocalDate eenJaarNa = default;
        When()
            .Match(() => c)
            .Match(() => par)
            .Match(() => w, x => x.Leveringsstatus == Leveringsstatus.WachtUitVoorzorg)
            .Let(() => eenJaarNa, () => w.Sinds.Plus(par.WachtUitVoorzorgHorizon))
            .Having(() => eenJaarNa < par.Peildatum)
            .Exists<ToewijzingInZorg>(x => x.ToewijzingId != w.ToewijzingId);
        Then()
            .Yield(ctx => WachtUitVoorzorgSignaal.Maak(ctx.Rule, c, w, eenJaarNa));
    }
}
