using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Computes the vacancy of a room (<see cref="Leegstand"/>): the declarable mutatiedagen that the other rules use.</summary>
[RuleId("Mutatiedagen.Leegstand")]
[Name("Leegstand van een kamer bepalen")]
[Description(
    "Mutatiedagen lopen van de dag na de laatste dag van de vertrekkende cliënt t/m de dag vóór de feitelijke intrek van de nieuwe cliënt, " +
    "met een maximum van MaxMutatiedagen (13) per kamer per keer. De periode sleuteldatum–intrek valt binnen dezelfde 13 dagen (geen extra dagen). " +
    "Zonder intrek wordt voorlopig geteld t/m de peildatum. Bij een interne verhuizing van de vertrekkende cliënt: MutatiedagenBijInterneVerhuizing (standaard 0). " +
    "Keuze: verhuist de nieuwe cliënt intern, dan eindigen de mutatiedagen de dag vóór de sleuteldatum (de bron zondert die periode dan uit). " +
    "Tweepersoonskamer: MaxMutatiedagenTweepersoonskamer (standaard uit).")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Sectie, Bron.Vergoeding)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Maximum)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Periode)]
[Source(Bron.Document, Bron.Sectie, Bron.Sleuteldatum)]
public sealed class LeegstandBepalen : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Vertrek vertrek = null!;
        ParametersOpPeildatum parameters = null!;
        IReadOnlyList<Intrek> intrekken = null!;
        IReadOnlyList<MutatiedagenOpties> opties = null!;
        When()
            .Match(() => kamer)
            .Match(() => vertrek)
            .Match(() => parameters)
            .Collect(() => intrekken)
            .Collect(() => opties);
        Then()
            .Insert(_ => Leegstand.Bereken(kamer, vertrek, intrekken.Count > 0 ? intrekken[0] : null, MutatiedagenOpties.Kies(opties), parameters));
    }
}
