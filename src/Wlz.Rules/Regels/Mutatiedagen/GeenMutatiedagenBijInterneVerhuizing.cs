using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>At an interne verhuizing of the departing cliënt no mutatiedagen are declarable (or the parameter's number).</summary>
[RuleId(RegelIds.GeenMutatiedagenBijInterneVerhuizing)]
[Name("Geen mutatiedagen bij interne verhuizing")]
[Description(
    "Verhuist de vertrekkende cliënt intern (zelfde locatie of andere locatie van dezelfde zorgaanbieder), dan zijn er MutatiedagenBijInterneVerhuizing mutatiedagen: " +
    "standaard 0 (deze bron); 1 volgens het normenkader (FACTS §6) als alternatief. De cliënt kan het toegewezen ZP blijven declareren.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.Intern)]
[Source(Bron.Document, Bron.Werkwijze, Bron.InterneVerhuizing)]
internal sealed class GeenMutatiedagenBijInterneVerhuizing : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        When()
            .Match(() => leegstand, l => l.InterneVerhuizing);
        Then()
            .Yield(ctx => MutatiedagenSignaal.Van(ctx.Rule, leegstand));
    }
}
