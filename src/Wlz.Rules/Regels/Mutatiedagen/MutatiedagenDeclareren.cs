using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The declarable mutatiedagen line on the departing cliënt after death or a move to another zorgaanbieder.</summary>
[RuleId(RegelIds.MutatiedagenDeclareren)]
[Name("Declarabele mutatiedagen")]
[Description(
    "Na overlijden of verhuizing naar een andere zorgaanbieder: Z916 (niet toegelaten voor behandeling) of Z917 (toegelaten voor behandeling) op de vertrekkende cliënt, " +
    "begindatum = dag na de laatste dag, einddatum = min(dag vóór de feitelijke intrek, laatste dag + MaxMutatiedagen). Zonder intrek: voorlopig t/m de peildatum.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Prestatiecodes)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Z916)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Z917)]
[Source(Bron.Document, Bron.Werkwijze, Bron.BuitenPeriode)]
internal sealed class MutatiedagenDeclareren : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        When()
            .Match(() => leegstand, l => !l.InterneVerhuizing);
        Then()
            .Yield(ctx => MutatiedagenSignaal.Van(ctx.Rule, leegstand));
    }
}
