using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.TestSupport;
using static Wlz.Rules.Tests.Regels.Mutatiedagen.Kamers;

namespace Wlz.Rules.Tests.Regels.Mutatiedagen;

public sealed class MutatiedagenGoldenTests
{
    [Fact]
    public void Voorbeeld_WerkwijzeUitDeBron_Golden()
    {
        // Act
        var resultaat = Regelengine.EvaluateKamer(MutatiedagenVoorbeeld.Kamerdossier, MutatiedagenVoorbeeld.Peildatum);

        // Assert
        GoldenFile.Verify(Render([resultaat]), "MutatiedagenGoldenTests.Voorbeeld");
    }

    [Fact]
    public void Populatie_AlleLijsten_Golden()
    {
        // Act
        var resultaten = Regelengine.EvaluateKamers(Populatie(), new LocalDate(2015, 5, 31));

        // Assert
        GoldenFile.Verify(Render(resultaten), "MutatiedagenGoldenTests.Populatie");
    }

    [Fact]
    public void Populatie_Geschud_ZelfdeUitvoer()
    {
        // Arrange
        var populatie = Populatie();
        var geschud = populatie.OrderBy(k => k.Kamer.KamerId.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();

        // Act
        var a = Render(Regelengine.EvaluateKamers(populatie, new LocalDate(2015, 5, 31)));
        var b = Render(Regelengine.EvaluateKamers(geschud, new LocalDate(2015, 5, 31)));

        // Assert
        Assert.Equal(a, b);
    }

    private static List<Kamerdossier> Populatie()
    {
        var y = new AgbCode("70000001");
        var z = new AgbCode("70000002");
        return
        [
            Kamer("Y-1", y, false, new Vertrek { ClientId = "A", LaatsteDag = Mei(10), Reden = Vertrekreden.Overlijden, Prestatiecode = "Z041" }, B(Mei(25), Mei(15)),
                Regel(1, "A", "Z916", Mei(11), Mei(24), 14)),
            Kamer("Y-2", y, false, new Vertrek { ClientId = "C", LaatsteDag = Mei(20), Reden = Vertrekreden.VerhuizingAndereZorgaanbieder }, null),
            Kamer("Y-3", y, false, new Vertrek { ClientId = "D", LaatsteDag = Mei(3), Reden = Vertrekreden.InterneVerhuizing }, new Intrek { ClientId = "E", Sleuteldatum = Mei(4), Intrekdatum = Mei(6), InterneVerhuizing = true },
                Regel(1, "D", "Z916", Mei(4), Mei(5), 2)),
            Kamer("Z-1", z, true, new Vertrek { ClientId = "F", LaatsteDag = new LocalDate(2015, 4, 28), Reden = Vertrekreden.Overlijden }, new Intrek { ClientId = "G", Sleuteldatum = new LocalDate(2015, 4, 27), Intrekdatum = Mei(4), KomtVanuitThuissituatie = true, Prestatiecode = "Z061" },
                Regel(1, "F", "Z916", new LocalDate(2015, 4, 29), Mei(3), 5), Regel(2, "G", "Z061", Mei(1), Mei(31), 31), Regel(3, "G", "Z061", Mei(31), Mei(31), 1)),
        ];
    }

    private static Kamerdossier Kamer(string id, AgbCode agb, bool behandeling, Vertrek vertrek, Intrek? intrek, params Declaratieregel[] regels) => new()
    {
        Kamer = new Wlz.Rules.Model.Kamers.Kamer { KamerId = id, Locatie = "L", Zorgaanbieder = agb, ToegelatenVoorBehandeling = behandeling },
        Vertrek = vertrek,
        Intrek = intrek,
        Declaratieregels = regels,
    };
}
