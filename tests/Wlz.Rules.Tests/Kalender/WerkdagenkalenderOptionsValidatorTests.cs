using FluentValidation;
using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenkalenderOptionsValidatorTests
{
    private readonly WerkdagenkalenderOptionsValidator _validator = new();

    [Fact]
    public void Validate_DefaultOptions_IsValid()
    {
        // Act
        var result = _validator.Validate(new WerkdagenkalenderOptions());

        // Assert
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_ExtraDayOutsideRange_NamesTheDayAndTheRange()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().AddDag(new LocalDate(2026, 5, 4)).AddDag(new LocalDate(1989, 12, 31), "Oudjaar");

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal(
            "ExtraDagen[1] (Oudjaar): The date 1989-12-31 is outside the supported range 1990-01-01 to 2200-12-31 of the werkdagenkalender.",
            fout.ErrorMessage);
    }

    [Fact]
    public void Validate_ExtraDayTwice_NamesTheDate()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().AddDag(new LocalDate(2026, 5, 4)).AddDag(new LocalDate(2026, 5, 4), "Heidag");

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal("ExtraDagen contains the same date more than once: 2026-05-04. Add each date once; give it one name.", fout.ErrorMessage);
    }

    [Fact]
    public void Validate_NullExtraDay_SaysSo()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions();
        options.ExtraDagen.Add(null!);

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal("ExtraDagen[0] is null; add a Feestdag with a date and a name.", fout.ErrorMessage);
    }

    [Fact]
    public void Validate_RemovedDateIsNoFeestdag_SaysThereIsNothingToRemove()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().RemoveDag(new LocalDate(2026, 5, 4));

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal(
            "VerwijderdeDagen[0]: the date 2026-05-04 is no feestdag or gelijkgestelde dag of the Dutch calendar, so there is nothing to remove.",
            fout.ErrorMessage);
    }

    [Fact]
    public void Validate_DateAddedAndRemoved_SaysItCannotBeBoth()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().AddDag(new LocalDate(2026, 5, 5)).RemoveDag(new LocalDate(2026, 5, 5));

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal(
            "VerwijderdeDagen[0]: the date 2026-05-05 is also in ExtraDagen; a date cannot be both added and removed.",
            fout.ErrorMessage);
    }

    [Fact]
    public void Validate_RemovedDateOutsideRange_NamesTheRange()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().RemoveDag(new LocalDate(2201, 1, 1));

        // Act
        var result = _validator.Validate(options);

        // Assert
        var fout = Assert.Single(result.Errors);
        Assert.Equal(
            "VerwijderdeDagen[0]: The date 2201-01-01 is outside the supported range 1990-01-01 to 2200-12-31 of the werkdagenkalender.",
            fout.ErrorMessage);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsValidationExceptionWithEveryProblem()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().AddDag(new LocalDate(2201, 1, 1)).RemoveDag(new LocalDate(2026, 5, 4));

        // Act
        var ex = Assert.Throws<ValidationException>(() => NederlandseWerkdagenkalender.Create(options));

        // Assert
        Assert.Equal(2, ex.Errors.Count());
        Assert.Contains("ExtraDagen[0] (Sluitingsdag): The date 2201-01-01 is outside the supported range", ex.Message, StringComparison.Ordinal);
        Assert.Contains("VerwijderdeDagen[0]: the date 2026-05-04 is no feestdag", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feestdag_EmptyName_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>("naam", () => new Feestdag(new LocalDate(2026, 5, 4), " "));
        Assert.Throws<ArgumentNullException>("naam", () => new Feestdag(new LocalDate(2026, 5, 4), null!));
    }

    [Fact]
    public void Feestdag_SameValues_AreEqual()
    {
        // Arrange
        var a = new Feestdag(new LocalDate(2026, 5, 4), "Heidag");
        var b = new Feestdag(new LocalDate(2026, 5, 4), "Heidag ");

        // Act + Assert
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Feestdag(new LocalDate(2026, 5, 4), "Heidag", FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit));
    }
}
