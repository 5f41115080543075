using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Validatie.Kamers;

namespace Wlz.Rules.Tests.Validatie.Kamers;

public sealed class KamerdossierValidatorTests
{
    private static readonly KamerdossierValidator Validator = new();

    [Fact]
    public void Beoordeel_Voorbeeld_Geldig()
    {
        // Act + Assert
        Assert.Null(Validator.Beoordeel(MutatiedagenVoorbeeld.Kamerdossier));
    }

    [Fact]
    public void Beoordeel_ZonderKamerEnVertrek_K001Tweemaal()
    {
        // Arrange
        var dossier = new Kamerdossier { Kamer = null!, Vertrek = null! };

        // Act
        var afwijzing = Validator.Beoordeel(dossier);

        // Assert
        Assert.Equal(["WLZ-K001", "WLZ-K001"], afwijzing!.Fouten.Select(f => f.Code));
        Assert.Equal("Kamer '': Kamerdossier, Kamer: the room is required.", afwijzing.Fouten[0].Melding);
    }

    [Fact]
    public void Beoordeel_OngeldigeAgbOnbekendeRedenDatumBuitenBereik_K002K003K004()
    {
        // Arrange
        var dossier = Geldig();
        var fout = new Kamerdossier
        {
            Kamer = dossier.Kamer with { Zorgaanbieder = new AgbCode("123") },
            Vertrek = dossier.Vertrek with { Reden = (Vertrekreden)9, LaatsteDag = new LocalDate(1980, 1, 1) },
        };

        // Act
        var afwijzing = Validator.Beoordeel(fout);

        // Assert
        Assert.Equal(["WLZ-K002", "WLZ-K004", "WLZ-K003"], afwijzing!.Fouten.Select(f => f.Code));
    }

    [Theory]
    [InlineData(10, null, "WLZ-K005")]
    [InlineData(9, null, "WLZ-K005")]
    [InlineData(22, 23, "WLZ-K006")]
    public void Beoordeel_IntrekNietNaVertrekOfSleutelNaIntrek_Fout(int intrekdag, int? sleuteldag, string code)
    {
        // Arrange
        var dossier = new Kamerdossier
        {
            Kamer = Geldig().Kamer,
            Vertrek = Geldig().Vertrek,
            Intrek = new Intrek { ClientId = "B", Intrekdatum = new LocalDate(2015, 5, intrekdag), Sleuteldatum = sleuteldag is { } s ? new LocalDate(2015, 5, s) : null },
        };

        // Act
        var afwijzing = Validator.Beoordeel(dossier);

        // Assert
        Assert.Equal([code], afwijzing!.Fouten.Select(f => f.Code));
    }

    [Fact]
    public void Beoordeel_IntrekOpDagNaLaatsteDagEnSleutelGelijkAanIntrek_Geldig()
    {
        // Arrange
        var dossier = new Kamerdossier
        {
            Kamer = Geldig().Kamer,
            Vertrek = Geldig().Vertrek,
            Intrek = new Intrek { ClientId = "B", Intrekdatum = new LocalDate(2015, 5, 11), Sleuteldatum = new LocalDate(2015, 5, 11) },
        };

        // Act + Assert
        Assert.Null(Validator.Beoordeel(dossier));
    }

    [Fact]
    public void Beoordeel_ZelfdeClient_K010()
    {
        // Arrange
        var dossier = new Kamerdossier { Kamer = Geldig().Kamer, Vertrek = Geldig().Vertrek, Intrek = new Intrek { ClientId = "A" } };

        // Act + Assert
        Assert.Equal(["WLZ-K010"], Validator.Beoordeel(dossier)!.Fouten.Select(f => f.Code));
    }

    [Fact]
    public void Beoordeel_RegelsMetFouten_K007K008K009K001()
    {
        // Arrange
        var dossier = new Kamerdossier
        {
            Kamer = Geldig().Kamer,
            Vertrek = Geldig().Vertrek,
            Declaratieregels =
            [
                Regel(1, new LocalDate(2015, 5, 11), new LocalDate(2015, 5, 10), 1),
                Regel(2, new LocalDate(2015, 5, 11), new LocalDate(2015, 5, 21), 10),
                Regel(2, new LocalDate(2015, 5, 11), new LocalDate(2015, 5, 11), 1),
                null!,
            ],
        };

        // Act
        var afwijzing = Validator.Beoordeel(dossier);

        // Assert
        Assert.Equal(["WLZ-K001", "WLZ-K007", "WLZ-K008", "WLZ-K009"], afwijzing!.Fouten.Select(f => f.Code));
        Assert.Equal("Declaratieregels[2].Aantal", afwijzing.Fouten[2].Veld);
        Assert.Equal("Kamer 'K1': Declaratieregel 2, Aantal: 10 is not the 11 day(s) from 2015-05-11 to 2015-05-21.", afwijzing.Fouten[2].Melding);
    }

    [Fact]
    public void Beoordeel_BsnAlsClientId_WordtNietGetoondInMelding()
    {
        // Arrange
        var dossier = new Kamerdossier { Kamer = Geldig().Kamer with { KamerId = "111222333" }, Vertrek = Geldig().Vertrek with { ClientId = " " } };

        // Act
        var afwijzing = Validator.Beoordeel(dossier);

        // Assert
        Assert.Equal("******333", afwijzing!.KamerId);
        Assert.DoesNotContain("111222333", afwijzing.ToString(), StringComparison.Ordinal);
    }

    private static Kamerdossier Geldig() => new()
    {
        Kamer = new Kamer { KamerId = "K1", Locatie = "L1", Zorgaanbieder = new AgbCode("70000001") },
        Vertrek = new Vertrek { ClientId = "A", LaatsteDag = new LocalDate(2015, 5, 10), Reden = Vertrekreden.Overlijden },
    };

    private static Declaratieregel Regel(int nummer, LocalDate begin, LocalDate eind, int aantal) =>
        new() { Regelnummer = nummer, ClientId = "A", Prestatiecode = "Z916", Begindatum = begin, Einddatum = eind, Aantal = aantal };
}
