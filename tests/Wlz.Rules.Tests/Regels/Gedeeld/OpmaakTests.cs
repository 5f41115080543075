using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

public sealed class OpmaakTests
{
    private static readonly int AlleDagen = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

    /// <summary>
    /// Any ISO date NodaTime supports (years -9998 to 9999), dates around the edges of the directly written years
    /// (0001-01-01 and 9999-12-31), and recent dates in other calendars: those take the pattern.
    /// </summary>
    private static Arbitrary<LocalDate> Datums { get; } = Gen.OneOf(
            Gen.Choose(0, AlleDagen).Select(i => LocalDate.MinIsoValue.PlusDays(i)),
            Gen.Choose(-800, 800).Select(i => new LocalDate(1, 1, 1).PlusDays(i)),
            Gen.Choose(0, 800).Select(i => LocalDate.MaxIsoValue.PlusDays(-i)),
            Gen.Choose(0, 80_000).SelectMany(i => Gen.Elements(CalendarSystem.Gregorian, CalendarSystem.Julian, CalendarSystem.Coptic)
                .Select(kalender => new LocalDate(1950, 1, 1).PlusDays(i).WithCalendar(kalender))))
        .ToArbitrary();

    private static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(20_000);

    [Fact]
    public void Datum_AnyDate_EqualsTheNodaTimeIsoPattern()
    {
        // Arrange
        var property = Prop.ForAll(Datums, datum =>
        {
            // Act
            var tekst = Opmaak.Datum(datum);

            // Assert
            return tekst == LocalDatePattern.Iso.Format(datum);
        });

        Check.One(Config, property);
    }

    [Fact]
    public void Maand_AnyDate_EqualsTheFirstSevenCharactersOfTheIsoPattern()
    {
        // Arrange
        var property = Prop.ForAll(Datums, datum =>
        {
            // Act
            var tekst = Opmaak.Maand(datum);

            // Assert
            return tekst == LocalDatePattern.Iso.Format(datum)[..7];
        });

        Check.One(Config, property);
    }

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(2026, 5, 4, "2026-05-04")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(0, 12, 31, "0000-12-31")]
    [InlineData(-9998, 1, 1, "-9998-01-01")]
    public void Datum_Edges_FormatAsTheIsoPattern(int jaar, int maand, int dag, string verwacht)
    {
        // Act
        var tekst = Opmaak.Datum(new LocalDate(jaar, maand, dag));

        // Assert
        Assert.Equal(verwacht, tekst);
        Assert.Equal(LocalDatePattern.Iso.Format(new LocalDate(jaar, maand, dag)), tekst);
    }

    [Fact]
    public void Datum_Null_IsEmpty()
    {
        // Act
        var tekst = Opmaak.Datum((LocalDate?)null);

        // Assert
        Assert.Equal(string.Empty, tekst);
    }
}
