using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds a ZP line of the new cliënt that starts before the actual intrek.</summary>
[RuleId(RegelIds.ZpVoorIntrekGedeclareerd)]
[Name("ZP gedeclareerd vóór de feitelijke intrek")]
[Description(
    "Een regel van de nieuwe cliënt met de prestatiecode van zijn ZP (Intrek.Prestatiecode) en een begindatum vóór de feitelijke intrek is een bevinding. " +
    "Niet bij een interne verhuizing: die cliënt declareert het ZP door. Zonder bekende ZP-prestatiecode geen controle (extramurale codes mogen vóór de intrek).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.ZpPas)]
internal sealed class ZpVoorIntrekGedeclareerd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Intrek intrek = null!;
        Declaratieregel regel = null!;
        When()
            .Match(() => kamer)
            .Match(() => intrek, i => i.Intrekdatum != null, i => i.Prestatiecode != null, i => !i.InterneVerhuizing)
            .Match(() => regel, r => r.ClientId == intrek.ClientId, r => r.Prestatiecode == intrek.Prestatiecode, r => r.Begindatum < intrek.Intrekdatum);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                kamer,
                regel,
                "ZP vóór de feitelijke intrek",
                "het ZP is pas declarabel vanaf de feitelijke intrek op " + Opmaak.Iso(intrek.Intrekdatum) + " (sleuteldatum " + Opmaak.Iso(intrek.Sleuteldatum) + "); de periode daarvoor valt onder de mutatiedagen."));
    }
}
