using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>States that no MUT or MAZ is needed for a cliënt who moves within the same location/AGB code.</summary>
[RuleId(RegelIds.GeenBerichtBinnenAgb)]
[Name("Geen MUT of MAZ bij verhuizing binnen dezelfde locatie/AGB-code")]
[Description(
    "Verhuist de nieuwe cliënt intern binnen dezelfde AGB-code, dan geen MUT en geen MAZ. " +
    "Keuze: de bron spreekt van 'dezelfde locatie/AGB-code'; de regel kijkt naar de AGB-code (Intrek.VanAndereAgbCode).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.MazNiet)]
[Source(Bron.Document, Bron.Werkwijze, Bron.GeenBerichten)]
internal sealed class GeenBerichtBinnenAgb : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => intrek, i => i.Intrekdatum != null, i => i.InterneVerhuizing, i => !i.VanAndereAgbCode);
        Then()
            .Yield(ctx => new BerichtadviesSignaal
            {
                Lijst = MutatiedagenLijsten.Berichten,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Bericht = Bericht.Geen,
                Datum = intrek.Intrekdatum!.Value,
                Uitleg = "De cliënt verhuist binnen dezelfde locatie/AGB-code (intrek " + Opmaak.Iso(intrek.Intrekdatum) + "): geen MUT- en MAZ-berichten.",
            });
    }
}
