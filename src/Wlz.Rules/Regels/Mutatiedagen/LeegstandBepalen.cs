using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Computes the vacancy of a room (<see cref="Leegstand"/>): the declarable mutatiedagen that the other rules use.</summary>
[RuleId(RegelIds.LeegstandBepalen)]
[Name("Leegstand van een kamer bepalen")]
[Description(
    "Mutatiedagen lopen van de dag na de laatste dag van de vertrekkende cliënt t/m de dag vóór de feitelijke intrek van de nieuwe cliënt, " +
    "met een maximum van MaxMutatiedagen (13) per kamer per keer. De periode sleuteldatum–intrek valt binnen dezelfde 13 dagen (geen extra dagen). " +
    "Zonder intrek wordt voorlopig geteld t/m de peildatum. Bij een interne verhuizing van de vertrekkende cliënt: MutatiedagenBijInterneVerhuizing (standaard 0). " +
    "Keuze: verhuist de nieuwe cliënt intern, dan eindigen de mutatiedagen de dag vóór de sleuteldatum (de bron zondert die periode dan uit). " +
    "Tweepersoonskamer: MaxMutatiedagenTweepersoonskamer (standaard uit). " +
    "Keuze bij meer intrekken in één sessie (een kamerdossier heeft er hoogstens één): de vroegste feitelijke intrek telt (Leegstand.KiesIntrek); " +
    "bij meer MutatiedagenOpties de zuinigste (MutatiedagenOpties.Kies).")]
[Priority(30)]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.Sectie, Bron.Vergoeding)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Maximum)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Periode)]
[Source(Bron.Document, Bron.Sectie, Bron.Sleuteldatum)]
internal sealed class LeegstandBepalen : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Kamer kamer = null!;
        Vertrek vertrek = null!;
        ParametersOpPeildatum parameters = null!;
        IEnumerable<Intrek> intrekken = null!;
        IEnumerable<MutatiedagenOpties> opties = null!;
        When()
            .Match(() => kamer)
            .Match(() => vertrek)
            .Match(() => parameters)
            .Query(() => intrekken, q => q.Match<Intrek>().Collect())
            .Query(() => opties, q => q.Match<MutatiedagenOpties>().Collect());
        Then()
            .Yield(ctx => Leegstand.Bereken(kamer, vertrek, Leegstand.KiesIntrek(intrekken), MutatiedagenOpties.Kies(opties), parameters));
    }
}
