using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The ZP of the cliënt who moves in is declarable from the day of the actual intrek.</summary>
[RuleId(RegelIds.ZpVanafIntrek)]
[Name("Eerste declarabele dag van het ZP")]
[Description("De eerste declarabele dag van het ZP van de nieuwe cliënt is de dag van de feitelijke intrek (niet de sleuteldatum). Niet bij een interne verhuizing: die cliënt declareert het ZP door.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.ZpPas)]
internal sealed class ZpVanafIntrek : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => intrek, i => i.Intrekdatum != null, i => !i.InterneVerhuizing);
        Then()
            .Yield(ctx => new AanvangZpSignaal
            {
                Lijst = MutatiedagenLijsten.AanvangZp,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Prestatiecode = intrek.Prestatiecode,
                EersteDeclarabeleDag = intrek.Intrekdatum!.Value,
                Uitleg = "De cliënt verblijft feitelijk in de kamer vanaf " + Opmaak.Iso(intrek.Intrekdatum) + " (sleuteldatum " + Opmaak.Iso(intrek.Sleuteldatum) + "): het ZP is declarabel vanaf die dag.",
            });
    }
}
