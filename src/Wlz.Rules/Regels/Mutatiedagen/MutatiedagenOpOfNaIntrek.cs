using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds a mutatiedagen line that runs on or after the day the next cliënt actually moved in.</summary>
[RuleId(RegelIds.MutatiedagenOpOfNaIntrek)]
[Name("Mutatiedagen op of na de intrek")]
[Description("Een Z916/Z917-regel van de vertrekkende cliënt met een einddatum op of na de feitelijke intrek van de nieuwe cliënt is een bevinding: mutatiedagen lopen t/m de dag vóór de intrek.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Periode)]
internal sealed class MutatiedagenOpOfNaIntrek : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        Declaratieregel regel = null!;
        When()
            .Match(() => leegstand, l => l.Intrekdatum != null)
            .Match(() => regel, r => r.ClientId == leegstand.VertrekkendeClientId, r => Prestatiecodes.IsMutatiedag(r.Prestatiecode), r => r.Einddatum >= leegstand.Intrekdatum);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                leegstand.Kamer,
                regel,
                "Mutatiedagen op of na de intrek",
                "de nieuwe cliënt betrok de kamer op " + Opmaak.Iso(leegstand.Intrekdatum) + "; mutatiedagen zijn declarabel t/m " + Opmaak.Iso(leegstand.Intrekdatum!.Value.PlusDays(-1)) + "."));
    }
}
