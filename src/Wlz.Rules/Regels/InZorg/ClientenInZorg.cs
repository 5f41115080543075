using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.InZorg;

/// <summary>Lists the cliënten in zorg on the peildatum, per zorgaanbieder.</summary>
[RuleId(RegelIds.ClientenInZorg)]
[Name("Cliënten in zorg")]
[Description(
    "Elke ToewijzingInZorg op P: een niet-verwijderde MAZ met begindatum ≤ P, niet beëindigd door een niet-ingetrokken "
    + "MEZ (17/19/20) met mutatiedatum ≤ P. Eén regel per toewijzing, bij de zorgaanbieder van de toewijzing.")]
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
