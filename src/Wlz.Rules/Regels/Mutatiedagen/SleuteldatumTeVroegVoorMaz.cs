using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds a sleuteldatum that lies more days before the intrek than a MAZ accepts (MaxSleuteldatumDagenVoorBegindatum, 14).</summary>
[RuleId(RegelIds.SleuteldatumTeVroegVoorMaz)]
[Name("Sleuteldatum te ver vóór de intrek voor de MAZ")]
[Description(
    "De MAZ vermeldt de sleuteldatum; volgens het AW35-voorschrift (FACTS §6, parameter MaxSleuteldatumDagenVoorBegindatum, standaard 14) ligt die hoogstens 14 dagen vóór de begindatum. " +
    "Ligt de sleuteldatum verder vóór de feitelijke intrek, dan is dat een bevinding: de MAZ wordt dan afgekeurd. Alleen als er een MAZ wordt geadviseerd (niet bij een interne verhuizing binnen dezelfde AGB-code).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.MazSleuteldatum)]
internal sealed class SleuteldatumTeVroegVoorMaz : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        ParametersOpPeildatum parameters = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => parameters)
            .Match(
                () => intrek,
                i => i.Intrekdatum != null && i.Sleuteldatum != null,
                i => !i.InterneVerhuizing || i.VanAndereAgbCode,
                i => i.Sleuteldatum!.Value.PlusDays(parameters.MaxSleuteldatumDagenVoorBegindatum) < i.Intrekdatum!.Value);
        Then()
            .Yield(ctx => new BevindingSignaal
            {
                Lijst = MutatiedagenLijsten.Bevindingen,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Kamer = kamer.KamerId,
                Bevinding = "Sleuteldatum meer dan " + Controle.Tekst(parameters.MaxSleuteldatumDagenVoorBegindatum) + " dagen vóór de intrek",
                Uitleg = "Sleuteldatum " + Opmaak.Iso(intrek.Sleuteldatum) + " ligt meer dan " + Controle.Tekst(parameters.MaxSleuteldatumDagenVoorBegindatum) +
                    " dagen (MaxSleuteldatumDagenVoorBegindatum) vóór de begindatum van de MAZ " + Opmaak.Iso(intrek.Intrekdatum) + " van cliënt " + Maskering.MaskeerSleutel(intrek.ClientId) +
                    ". Controleer de sleuteldatum vóór het versturen van de MAZ.",
            });
    }
}
