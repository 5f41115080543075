using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.UrgentActiefPlaatsen;

/// <summary>Lists the cliënten whose current wachtstatus is Urgent plaatsen or Actief plaatsen, with their streefdatum.</summary>
[RuleId(RegelIds.UrgentEnActiefPlaatsen)]
[Name("Urgent plaatsen en actief plaatsen")]
[Description(
    "ActueleWachtstatus 6 (Urgent plaatsen) of 7 (Actief plaatsen). Streefdatum = sinds (mutatiedatum van de MUT) + "
    + "streefnorm in dagen uit ParametersOpPeildatum.Streefnorm(status, classificatie); GebruiktVoorbeeldwaarde als de "
    + "norm een voorbeeld is. Dagen tot de streefdatum in kalenderdagen, negatief als die verstreken is; 'contact "
    + "zorgkantoor' als P na de streefdatum ligt. Geen streefnorm voor het paar: de regel staat er toch, met 'geen streefnorm bekend'.")]
[Tag("UrgentActiefPlaatsen")]
[Source(Lijstbronnen.Document, "Urgent plaatsen en actief plaatsen", "Op deze lijst staan de cliënten die bij u op de wachtlijst staan met de leveringsstatus 'Urgent plaatsen’ of ‘Actief plaatsen'.")]
[Source(Lijstbronnen.Document, "Urgent plaatsen en actief plaatsen", "In de lijst staat hoeveel dagen u nog heeft tot de streefnorm verstrijkt.")]
[Source(Lijstbronnen.Document, "Urgent plaatsen en actief plaatsen", "Lukt het niet om de cliënt voor de streefdatum zelf of elders op te nemen? Of is deze datum al verstreken? Neemt u dan contact met ons op.")]
internal sealed class UrgentEnActiefPlaatsen : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        ActueleWachtstatus w = null!;
        When()
            .Match(() => c)
            .Match(() => par)
            .Match(() => w, x => x.Leveringsstatus == Leveringsstatus.UrgentPlaatsen || x.Leveringsstatus == Leveringsstatus.ActiefPlaatsen);
        Then()
            .Yield(ctx => UrgentActiefPlaatsenSignaal.Maak(ctx.Rule, c, w, par));
    }
}
