using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds the declaration line with which the mutatiedagen of one vacancy exceed the maximum.</summary>
[RuleId(RegelIds.MeerDanMaximumMutatiedagen)]
[Name("Meer mutatiedagen dan het maximum")]
[Description(
    "Telt de aantallen van de Z916/Z917-regels van de vertrekkende cliënt na de laatste dag, in volgorde van begindatum (dan regelnummer); " +
    "elke regel waarmee het totaal boven het maximum (MaxMutatiedagen, 13) komt of blijft, is een bevinding.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Maximum)]
internal sealed class MeerDanMaximumMutatiedagen : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        Declaratieregel regel = null!;
        IEnumerable<Declaratieregel> totEnMet = null!;
        int totaal = 0;
        When()
            .Match(() => leegstand, l => !l.InterneVerhuizing)
            .Match(() => regel, r => r.ClientId == leegstand.VertrekkendeClientId, r => Prestatiecodes.IsMutatiedag(r.Prestatiecode), r => r.Einddatum > leegstand.LaatsteDag)
            .Query(() => totEnMet, q => q
                .Match<Declaratieregel>(
                    r => r.ClientId == leegstand.VertrekkendeClientId,
                    r => Prestatiecodes.IsMutatiedag(r.Prestatiecode),
                    r => r.Einddatum > leegstand.LaatsteDag,
                    r => r.Begindatum < regel.Begindatum || (r.Begindatum == regel.Begindatum && r.Regelnummer <= regel.Regelnummer))
                .Collect())
            .Let(() => totaal, () => Controle.Totaal(totEnMet))
            .Having(() => totaal > leegstand.Maximum);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                leegstand.Kamer,
                regel,
                "Meer dan " + Controle.Tekst(leegstand.Maximum) + " mutatiedagen",
                "met deze regel komt het totaal aan mutatiedagen voor deze leegstand op " + Controle.Tekst(totaal) + ", meer dan het maximum van " + Controle.Tekst(leegstand.Maximum) +
                    " per kamer per keer (laatste dag " + Opmaak.Iso(leegstand.LaatsteDag) + ", uiterlijk t/m " + Opmaak.Iso(leegstand.UitersteEinddatum) + ")."));
    }
}
