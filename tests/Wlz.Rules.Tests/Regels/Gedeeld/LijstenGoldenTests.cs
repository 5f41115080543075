using Wlz.Rules.Evaluatie;
using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

public sealed class LijstenGoldenTests
{
    private static readonly WlzRuleEngine Engine = new(new WlzRulesOptions { Validatiemodus = Validatiemodus.Strikt, MaxDegreeOfParallelism = 1 });

    [Theory]
    [InlineData("ZonderMazMut")]
    [InlineData("UrgentActiefPlaatsen")]
    [InlineData("Wachtlijst")]
    [InlineData("ClientenInZorg")]
    [InlineData("Indicatiecontrole")]
    [InlineData("Bewonerslijst")]
    [InlineData("WachtUitVoorzorg")]
    [InlineData("ToekomstigeAutomez")]
    [InlineData("AutomatischeMez")]
    public void Lijst_HandgemaaktePopulatie_KomtOvereenMetGoldenFile(string lijstcode)
    {
        // Act
        var rapport = Engine.EvaluateAll(Lijstpopulatie.Dossiers(), Lijstpopulatie.Peildatum);

        // Assert
        var tekst = Lijsttest.Render(rapport, lijstcode);
        Assert.Contains("== ", tekst, StringComparison.Ordinal);
        GoldenFile.Verify(tekst, $"LijstenGoldenTests.{lijstcode}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Lijsten_GeschuddePopulatie_IdentiekeUitvoer(int seed)
    {
        // Arrange
        var populatie = Lijstpopulatie.Dossiers();
        var parallel = new WlzRuleEngine(new WlzRulesOptions { Validatiemodus = Validatiemodus.Strikt, MaxDegreeOfParallelism = 2 });

        // Act
        var verwacht = Lijsttest.Render(Engine.EvaluateAll(populatie, Lijstpopulatie.Peildatum));
        var geschud = Lijsttest.Render(parallel.EvaluateAll(Lijsttest.Geschud(populatie, seed), Lijstpopulatie.Peildatum));

        // Assert
        Assert.Equal(verwacht, geschud);
        Assert.Equal(9, verwacht.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l.Split(" (")[0]).Distinct().Count());
    }
}
