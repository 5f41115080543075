using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds two lines for the same cliënt and prestatiecode whose periods overlap; the later line number is reported.</summary>
[RuleId(RegelIds.OverlappendeDeclaratieregels)]
[Name("Overlappende declaratieregels")]
[Description("Twee regels voor dezelfde cliënt en prestatiecode met ten minste één gemeenschappelijke dag: een dag kan maar één keer gedeclareerd worden. De bevinding staat op de regel met het hoogste regelnummer en noemt de andere.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Prestatiecodes)]
internal sealed class OverlappendeDeclaratieregels : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Declaratieregel eerste = null!;
        Declaratieregel tweede = null!;
        When()
            .Match(() => kamer)
            .Match(() => eerste)
            .Match(
                () => tweede,
                r => r.ClientId == eerste.ClientId,
                r => r.Prestatiecode == eerste.Prestatiecode,
                r => r.Regelnummer > eerste.Regelnummer,
                r => r.Begindatum <= eerste.Einddatum && eerste.Begindatum <= r.Einddatum);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                kamer,
                tweede,
                "Overlapt met regel " + Controle.Tekst(eerste.Regelnummer),
                "de periode overlapt met regel " + Controle.Tekst(eerste.Regelnummer) + " (" + eerste.Prestatiecode + " " + Opmaak.Iso(eerste.Begindatum) + " t/m " + Opmaak.Iso(eerste.Einddatum) + ") voor dezelfde cliënt en prestatiecode."));
    }
}
