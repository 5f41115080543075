using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.InZorg;

/// <summary>Lists the cliënten in zorg on the peildatum, per zorgaanbieder.</summary>
[RuleId(RegelIds.ClientenInZorg)]
[Name("Cliënten in zorg")]
[Description(
    "Elke ToewijzingInZorg op P: een niet-verwijderde MAZ met begindatum ≤ P ≤ laatste dag in zorg "
    + "(Zorgperiode.LaatsteDagInZorg: de eerste van de mutatiedatum van een niet-ingetrokken MEZ 17/19/20, de einddatum "
    + "van de toewijzing en de intrekking). Keuze: de MEZ-mutatiedatum is de laatste dag in zorg — op de MEZ-dag staat de "
    + "cliënt nog op de lijst, de dag erna niet, net als op de Bewonerslijst. Een ingetrokken toewijzing (bv. reden 1 "
    + "overleden, zonder MEZ) staat na de einddatum niet meer op de lijst. Eén regel per toewijzing, bij de zorgaanbieder van de toewijzing.")]
[Tag("InZorg")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "Op deze lijst staan de cliënten die volgens onze administratie bij u in zorg zijn.")]
[Source(Lijstbronnen.Document, "Cliënten in zorg", "U heeft deze cliënten met een MAZ in zorg gemeld.")]
internal sealed class ClientenInZorg : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ToewijzingInZorg z = null!;
        When()
            .Match(() => c)
            .Match(() => z);
        Then()
            .Yield(ctx => ClientInZorgSignaal.Maak(ctx.Rule, c, z));
    }
}
