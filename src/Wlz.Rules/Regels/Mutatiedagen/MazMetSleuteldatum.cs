using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Advises a MAZ with the sleuteldatum for the cliënt who takes the room, at the actual intrek.</summary>
[RuleId(RegelIds.MazMetSleuteldatum)]
[Name("MAZ met sleuteldatum bij intrek")]
[Description(
    "Voor de cliënt die de leeggekomen kamer betrekt: een MAZ met begindatum = feitelijke intrek en de sleuteldatum (eigen bijdrage). " +
    "Niet bij een interne verhuizing binnen dezelfde locatie/AGB-code. Een sleuteldatum gelijk aan de begindatum wordt weggelaten (CS088, FACTS §6).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Werkwijze, Bron.Maz)]
[Source(Bron.Document, Bron.Werkwijze, Bron.MazSleuteldatum)]
internal sealed class MazMetSleuteldatum : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Intrek intrek = null!;
        When()
            .Match(() => kamer)
            .Match(() => intrek, i => i.Intrekdatum != null, i => !i.InterneVerhuizing || i.VanAndereAgbCode);
        Then()
            .Yield(ctx => new BerichtadviesSignaal
            {
                Lijst = MutatiedagenLijsten.Berichten,
                Regel = RuleInfo.Of(ctx.Rule),
                ClientId = intrek.ClientId,
                Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
                Onderwerp = kamer.KamerId,
                Bericht = Bericht.Maz,
                Datum = intrek.Intrekdatum!.Value,
                Sleuteldatum = intrek.Sleuteldatum < intrek.Intrekdatum ? intrek.Sleuteldatum : null,
                Uitleg = "Verstuur de MAZ op het moment dat de cliënt daadwerkelijk verblijft (" + Opmaak.Iso(intrek.Intrekdatum) + "), met sleuteldatum " + Opmaak.Iso(intrek.Sleuteldatum) + " om de eigen bijdrage te starten.",
            });
    }
}
