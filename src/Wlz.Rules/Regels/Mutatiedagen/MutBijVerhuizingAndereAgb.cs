using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Advises a MUT for the departing cliënt who moves to another AGB code.</summary>
[RuleId(RegelIds.MutBijVerhuizingAndereAgb)]
[Name("MUT bij verhuizing naar een andere AGB-code")]
[Description(
    "Verhuist de vertrekkende cliënt naar een andere zorgaanbieder, of intern naar een locatie met een andere AGB-code, dan een MUT; datum = laatste dag in de kamer. " +
    "Bij overlijden geen advies uit deze bron (FACTS §2.3: geen MEZ bij overlijden; de toewijzing wordt ingetrokken).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.Mut)]
internal sealed class MutBijVerhuizingAndereAgb : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Vertrek vertrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => vertrek, v => v.Reden == Vertrekreden.VerhuizingAndereZorgaanbieder || (v.Reden == Vertrekreden.InterneVerhuizing && v.NaarAndereAgbCode));
        Then()
            .Yield(ctx => new BerichtadviesSignaal
            {
                Lijst = MutatiedagenLijsten.Berichten,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = vertrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Bericht = Bericht.Mut,
                Datum = vertrek.LaatsteDag,
                Uitleg = "De cliënt verhuist naar een andere AGB-code (laatste dag " + Opmaak.Iso(vertrek.LaatsteDag) + "): verstuur een MUT.",
            });
    }
}
