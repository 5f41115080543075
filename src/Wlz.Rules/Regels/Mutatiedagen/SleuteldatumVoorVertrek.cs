using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds a sleuteldatum on or before the last day of the departing cliënt: the room was not yet available.</summary>
[RuleId(RegelIds.SleuteldatumVoorVertrek)]
[Name("Sleuteldatum vóór het vertrek")]
[Description(
    "De sleuteldatum is de datum waarop de plaats beschikbaar is voor de nieuwe bewoner; dat kan op zijn vroegst de dag na de laatste dag van de vertrekkende cliënt zijn. " +
    "Conclusie: een sleuteldatum op of vóór de laatste dag is een bevinding (de MAZ zou de eigen bijdrage te vroeg starten); de mutatiedagen blijven tellen vanaf de dag na de laatste dag.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Sectie, Bron.SleuteldatumBegrip)]
internal sealed class SleuteldatumVoorVertrek : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Vertrek vertrek = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => vertrek)
            .Match(() => intrek, i => i.Sleuteldatum != null && i.Sleuteldatum <= vertrek.LaatsteDag);
        Then()
            .Yield(ctx => new BevindingSignaal
            {
                Lijst = MutatiedagenLijsten.Bevindingen,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Kamer = kamer.KamerId,
                Bevinding = "Sleuteldatum vóór het vertrek",
                Uitleg = "Sleuteldatum " + Opmaak.Iso(intrek.Sleuteldatum) + " ligt op of vóór de laatste dag " + Opmaak.Iso(vertrek.LaatsteDag) + " van cliënt " + Maskering.MaskeerSleutel(vertrek.ClientId) +
                    ": de kamer was toen nog niet beschikbaar. Controleer de sleuteldatum vóór de MAZ (eigen bijdrage); mutatiedagen tellen vanaf " + Opmaak.Iso(vertrek.LaatsteDag.PlusDays(1)) + ".",
            });
    }
}
