using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds mutatiedagen declared for a cliënt who moved internally (more than MutatiedagenBijInterneVerhuizing, standard 0).</summary>
[RuleId(RegelIds.MutatiedagenBijInterneVerhuizingGedeclareerd)]
[Name("Mutatiedagen gedeclareerd bij interne verhuizing")]
[Description(
    "Een Z916/Z917-regel van een intern verhuisde cliënt na de laatste dag is een bevinding zodra het totaal boven MutatiedagenBijInterneVerhuizing komt " +
    "(standaard 0: elke regel; met 1, het normenkader-alternatief, pas vanaf de tweede dag).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.Intern)]
internal sealed class MutatiedagenBijInterneVerhuizingGedeclareerd : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        Declaratieregel regel = null!;
        IEnumerable<Declaratieregel> totEnMet = null!;
        int totaal = 0;
        When()
            .Match(() => leegstand, l => l.InterneVerhuizing)
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
                "Mutatiedagen bij interne verhuizing",
                "de cliënt is intern verhuisd (laatste dag " + Opmaak.Iso(leegstand.LaatsteDag) + "); toegestaan zijn " + Controle.Tekst(leegstand.Maximum) +
                    " mutatiedag(en) (MutatiedagenBijInterneVerhuizing), gedeclareerd t/m deze regel: " + Controle.Tekst(totaal) + ". De cliënt kan het toegewezen ZP blijven declareren."));
    }
}
