using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds a mutatiedagen line of the departing cliënt that starts on or before the last day, while the room was still occupied.</summary>
[RuleId(RegelIds.MutatiedagenVoorLeegstand)]
[Name("Mutatiedagen vóór de leegstand")]
[Description("Een Z916/Z917-regel van de vertrekkende cliënt met een begindatum op of vóór de laatste dag (datum van overlijden of vertrek) is een bevinding: mutatiedagen beginnen op de dag na de laatste dag.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Periode)]
internal sealed class MutatiedagenVoorLeegstand : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        Declaratieregel regel = null!;
        When()
            .Match(() => leegstand)
            .Match(() => regel, r => r.ClientId == leegstand.VertrekkendeClientId, r => Prestatiecodes.IsMutatiedag(r.Prestatiecode), r => r.Begindatum <= leegstand.LaatsteDag);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                leegstand.Kamer,
                regel,
                "Mutatiedagen vóór de leegstand",
                "de laatste dag van de cliënt is " + Opmaak.Iso(leegstand.LaatsteDag) + "; mutatiedagen beginnen op " + Opmaak.Iso(leegstand.Begindatum) + "."));
    }
}
