using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.Wachtlijst;

/// <summary>Lists the wachtlijst cliënten: current wachtstatus Urgent plaatsen, Actief plaatsen, Wacht op voorkeur or Wacht uit voorzorg.</summary>
[RuleId(RegelIds.Wachtlijstclienten)]
[Name("Wachtlijst")]
[Description("Elke ActueleWachtstatus (leveringsstatus 2, 3, 6 of 7) op P, met status, classificatie en sinds (mutatiedatum), bij de zorgaanbieder van de toewijzing.")]
[Tag("Wachtlijst")]
[Source(Lijstbronnen.Document, "Wachtlijst", "Dit zijn de cliënten met de statussen ‘Urgent plaatsen’, ‘Actief plaatsen’, ‘Wacht op voorkeur’ en ‘Wacht uit voorzorg’.")]
internal sealed class Wachtlijstclienten : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ActueleWachtstatus w = null!;
        When()
            .Match(() => c)
            .Match(() => w);
        Then()
            .Yield(ctx => WachtlijstSignaal.Maak(ctx.Rule, c, w));
    }
}
