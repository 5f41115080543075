using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class FeestdagenTests
{
    public static TheoryData<int, string[]> FeestdagenPerJaar => new()
    {
        {
            2013,
            [
                "2013-01-01 Nieuwjaarsdag", "2013-03-29 Goede Vrijdag", "2013-04-01 Tweede Paasdag", "2013-04-30 Koninginnedag",
                "2013-05-05 Bevrijdingsdag", "2013-05-09 Hemelvaartsdag", "2013-05-20 Tweede Pinksterdag",
                "2013-12-25 Eerste Kerstdag", "2013-12-26 Tweede Kerstdag",
            ]
        },
        {
            2014,
            [
                "2014-01-01 Nieuwjaarsdag", "2014-04-18 Goede Vrijdag", "2014-04-21 Tweede Paasdag", "2014-04-26 Koningsdag",
                "2014-05-05 Bevrijdingsdag", "2014-05-29 Hemelvaartsdag", "2014-06-09 Tweede Pinksterdag",
                "2014-12-25 Eerste Kerstdag", "2014-12-26 Tweede Kerstdag",
            ]
        },
        {
            2018,
            [
                "2018-01-01 Nieuwjaarsdag", "2018-03-30 Goede Vrijdag", "2018-04-02 Tweede Paasdag", "2018-04-27 Koningsdag",
                "2018-05-05 Bevrijdingsdag", "2018-05-10 Hemelvaartsdag", "2018-05-11 Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
                "2018-05-21 Tweede Pinksterdag", "2018-12-24 Gelijkgestelde dag (maandag voor Eerste Kerstdag)",
                "2018-12-25 Eerste Kerstdag", "2018-12-26 Tweede Kerstdag", "2018-12-31 Gelijkgestelde dag (maandag voor Nieuwjaarsdag)",
            ]
        },
        {
            2024,
            [
                "2024-01-01 Nieuwjaarsdag", "2024-03-29 Goede Vrijdag", "2024-04-01 Tweede Paasdag", "2024-04-27 Koningsdag",
                "2024-05-05 Bevrijdingsdag", "2024-05-09 Hemelvaartsdag", "2024-05-10 Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
                "2024-05-20 Tweede Pinksterdag", "2024-12-25 Eerste Kerstdag", "2024-12-26 Tweede Kerstdag",
                "2024-12-27 Gelijkgestelde dag (vrijdag na Tweede Kerstdag)",
            ]
        },
        {
            2025,
            [
                "2025-01-01 Nieuwjaarsdag", "2025-04-18 Goede Vrijdag", "2025-04-21 Tweede Paasdag", "2025-04-26 Koningsdag",
                "2025-05-05 Bevrijdingsdag", "2025-05-29 Hemelvaartsdag", "2025-05-30 Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
                "2025-06-09 Tweede Pinksterdag", "2025-12-25 Eerste Kerstdag", "2025-12-26 Tweede Kerstdag",
            ]
        },
        {
            2026,
            [
                "2026-01-01 Nieuwjaarsdag", "2026-01-02 Gelijkgestelde dag (vrijdag na Nieuwjaarsdag)", "2026-04-03 Goede Vrijdag",
                "2026-04-06 Tweede Paasdag", "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag",
                "2026-05-15 Gelijkgestelde dag (vrijdag na Hemelvaartsdag)", "2026-05-25 Tweede Pinksterdag",
                "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag",
            ]
        },
        {
            2027,
            [
                "2027-01-01 Nieuwjaarsdag", "2027-03-26 Goede Vrijdag", "2027-03-29 Tweede Paasdag", "2027-04-27 Koningsdag",
                "2027-05-05 Bevrijdingsdag", "2027-05-06 Hemelvaartsdag", "2027-05-07 Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
                "2027-05-17 Tweede Pinksterdag", "2027-12-25 Eerste Kerstdag", "2027-12-26 Tweede Kerstdag",
            ]
        },
        {
            2030,
            [
                "2030-01-01 Nieuwjaarsdag", "2030-04-19 Goede Vrijdag", "2030-04-22 Tweede Paasdag", "2030-04-27 Koningsdag",
                "2030-05-05 Bevrijdingsdag", "2030-05-30 Hemelvaartsdag", "2030-06-10 Tweede Pinksterdag",
                "2030-12-25 Eerste Kerstdag", "2030-12-26 Tweede Kerstdag",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(FeestdagenPerJaar))]
    public void GetFeestdagen_Year_ListsEveryFeestdagAndDecreeDay(int jaar, string[] verwacht)
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var feestdagen = kalender.GetFeestdagen(jaar).Select(f => f.ToString()).ToArray();

        // Assert
        Assert.Equal(verwacht, feestdagen);
    }

    [Theory]
    [MemberData(nameof(FeestdagenPerJaar))]
    public void GetNietWerkdagReden_EveryListedDay_NamesTheFeestdag(int jaar, string[] verwacht)
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var redenen = verwacht
            .Select(regel => NodaTime.Text.LocalDatePattern.Iso.Parse(regel[..10]).Value)
            .Select(d => d.ToString("yyyy-MM-dd", null) + " " + kalender.GetNietWerkdagReden(d)?.Naam)
            .ToArray();

        // Assert
        Assert.All(redenen, r => Assert.StartsWith(jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), r, StringComparison.Ordinal));
        Assert.Equal(verwacht, redenen);
    }

    [Fact]
    public void GetFeestdagen_2026_CarriesGrondslagAndSource()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var feestdagen = kalender.GetFeestdagen(2026);

        // Assert
        Assert.Equal(
            [
                FeestdagGrondslag.AlgemeenErkend, FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit, FeestdagGrondslag.GelijkgesteldBijWet,
                FeestdagGrondslag.AlgemeenErkend, FeestdagGrondslag.AlgemeenErkend, FeestdagGrondslag.AlgemeenErkend,
                FeestdagGrondslag.AlgemeenErkend, FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit, FeestdagGrondslag.AlgemeenErkend,
                FeestdagGrondslag.AlgemeenErkend, FeestdagGrondslag.AlgemeenErkend,
            ],
            feestdagen.Select(f => f.Grondslag));
        Assert.Equal("Algemene termijnenwet, art. 3 lid 1", feestdagen[0].Bron);
        Assert.Equal("Algemene termijnenwet, art. 3 lid 2", feestdagen[2].Bron);
        Assert.Equal(
            "Algemene termijnenwet, art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag",
            feestdagen[1].Bron);
    }

    [Fact]
    public void GetFeestdagen_2016_HemelvaartOnFifthOfMay_ListsBothAndReasonNamesBoth()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var mei = kalender.GetFeestdagen(2016).Where(f => f.Datum.Month == 5).Select(f => f.ToString());
        var reden = kalender.GetNietWerkdagReden(new LocalDate(2016, 5, 5));

        // Assert
        Assert.Equal(["2016-05-05 Bevrijdingsdag", "2016-05-05 Hemelvaartsdag", "2016-05-16 Tweede Pinksterdag"], mei);
        Assert.NotNull(reden);
        Assert.Equal("Bevrijdingsdag en Hemelvaartsdag", reden.Naam);
        Assert.Equal(2, reden.Feestdagen.Count);
    }

    [Theory]
    [InlineData(1995, "1995-04-29 Koninginnedag")]
    [InlineData(2006, "2006-04-29 Koninginnedag")]
    [InlineData(2012, "2012-04-30 Koninginnedag")]
    [InlineData(2013, "2013-04-30 Koninginnedag")]
    [InlineData(2014, "2014-04-26 Koningsdag")]
    [InlineData(2025, "2025-04-26 Koningsdag")]
    [InlineData(2026, "2026-04-27 Koningsdag")]
    [InlineData(2031, "2031-04-26 Koningsdag")]
    public void GetFeestdagen_BirthdayOfTheMonarch_MovesToSaturdayWhenOnSunday(int jaar, string verwacht)
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var dag = kalender.GetFeestdagen(jaar).Single(f => f.Naam is "Koningsdag" or "Koninginnedag");

        // Assert
        Assert.Equal(verwacht, dag.ToString());
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2201)]
    public void GetFeestdagen_YearOutsideRange_ThrowsNamingTheRange(int jaar)
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Standaard;

        // Act
        var ex = Assert.Throws<ArgumentOutOfRangeException>("jaar", () => kalender.GetFeestdagen(jaar));

        // Assert
        Assert.StartsWith(
            $"The year {jaar} is outside the supported range 1990-01-01 to 2200-12-31 of the werkdagenkalender.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void GelijkgesteldeDagen_Alle_AreTheCitedDecreeDays()
    {
        // Act
        var dagen = GelijkgesteldeDagen.Alle.Select(f => f.Datum.ToString("yyyy-MM-dd", null)).ToArray();

        // Assert
        Assert.Equal(
            [
                "2017-04-28", "2017-05-26", "2018-05-11", "2018-12-24", "2018-12-31", "2019-05-31", "2019-12-27", "2022-05-27",
                "2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30", "2026-01-02", "2026-05-15", "2027-05-07",
                "2028-04-28", "2028-05-26",
            ],
            dagen);
        Assert.All(GelijkgesteldeDagen.Alle, f => Assert.Equal(FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit, f.Grondslag));
        Assert.All(GelijkgesteldeDagen.Alle, f => Assert.Contains("art. 3 lid 3", f.Bron, StringComparison.Ordinal));
        Assert.All(GelijkgesteldeDagen.Alle, f => Assert.Contains(f.Datum.DayOfWeek, new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday }));
    }
}
