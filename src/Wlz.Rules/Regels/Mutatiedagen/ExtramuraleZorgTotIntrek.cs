using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>A cliënt from the thuissituatie may receive and declare extramural care until the intrek.</summary>
[RuleId(RegelIds.ExtramuraleZorgTotIntrek)]
[Name("Extramurale zorg tot de intrek")]
[Description("Komt de nieuwe cliënt vanuit de thuissituatie, dan mag extramurale zorg worden gedeclareerd, bovenop de mutatiedagen, t/m de dag vóór de feitelijke intrek (open zolang de intrek onbekend is).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.Thuissituatie)]
internal sealed class ExtramuraleZorgTotIntrek : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => intrek, i => i.KomtVanuitThuissituatie);
        Then()
            .Yield(ctx => new ExtramuraleZorgSignaal
            {
                Lijst = MutatiedagenLijsten.ExtramuraleZorg,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                TotEnMet = intrek.Intrekdatum == null ? null : intrek.Intrekdatum.Value.PlusDays(-1),
                Uitleg = intrek.Intrekdatum == null
                    ? "De cliënt komt vanuit de thuissituatie en heeft de kamer nog niet betrokken: extramurale zorg is declarabel tot de intrek."
                    : "De cliënt komt vanuit de thuissituatie: extramurale zorg is declarabel t/m " + Opmaak.Iso(intrek.Intrekdatum.Value.PlusDays(-1)) + ", de dag vóór de intrek op " + Opmaak.Iso(intrek.Intrekdatum) + ".",
            });
    }
}
