using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class NederlandseWerkdagenkalenderTests
{
    private static readonly NederlandseWerkdagenkalender _kalender = NederlandseWerkdagenkalender.Standaard;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData("2026-05-04", true)] // Monday
    [InlineData("2026-05-05", false)] // Bevrijdingsdag on a Tuesday
    [InlineData("2027-05-05", false)] // Bevrijdingsdag on a Wednesday, not a lustrum year
    [InlineData("2026-05-02", false)] // Saturday
    [InlineData("2026-05-03", false)] // Sunday
    [InlineData("2026-05-14", false)] // Hemelvaartsdag
    [InlineData("2026-05-15", false)] // decree day after Hemelvaartsdag
    [InlineData("2025-04-25", true)] // Friday before Koningsdag 2025
    [InlineData("2025-04-28", true)] // Monday after Koningsdag 2025
    [InlineData("2024-02-29", true)] // leap day, a Thursday
    [InlineData("2020-05-22", true)] // Friday after Hemelvaartsdag 2020: no decree day shipped for 2020
    public void IsWerkdag_Date_ReturnsExpected(string datum, bool verwacht)
    {
        // Act
        var werkdag = _kalender.IsWerkdag(D(datum));

        // Assert
        Assert.Equal(verwacht, werkdag);
    }

    [Theory]
    [InlineData("2026-05-02", NietWerkdagSoort.Zaterdag, "zaterdag")]
    [InlineData("2026-05-03", NietWerkdagSoort.Zondag, "zondag")]
    [InlineData("2026-05-05", NietWerkdagSoort.Feestdag, "Bevrijdingsdag")]
    [InlineData("2026-04-06", NietWerkdagSoort.Feestdag, "Tweede Paasdag")]
    [InlineData("2025-04-26", NietWerkdagSoort.Feestdag, "Koningsdag")] // a Saturday: the feestdag wins
    [InlineData("2025-04-27", NietWerkdagSoort.Zondag, "zondag")] // 27 April 2025 is a Sunday, no feestdag
    [InlineData("2026-05-15", NietWerkdagSoort.Feestdag, "Gelijkgestelde dag (vrijdag na Hemelvaartsdag)")]
    public void GetNietWerkdagReden_NonWerkdag_ExplainsWhy(string datum, NietWerkdagSoort soort, string naam)
    {
        // Act
        var reden = _kalender.GetNietWerkdagReden(D(datum));

        // Assert
        Assert.NotNull(reden);
        Assert.Equal(soort, reden.Soort);
        Assert.Equal(naam, reden.Naam);
        Assert.Equal(naam, reden.ToString());
    }

    [Fact]
    public void GetNietWerkdagReden_Werkdag_ReturnsNull()
    {
        // Act
        var reden = _kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 4));

        // Assert
        Assert.Null(reden);
    }

    [Fact]
    public void GetNietWerkdagReden_SameDateTwice_ReturnsTheSameInstance()
    {
        // Act
        var eerste = _kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 5));
        var tweede = _kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 5));

        // Assert: reasons are precomputed and shared, not allocated per call.
        Assert.Same(eerste, tweede);
        Assert.Same(NietWerkdagReden.Zaterdag, _kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 2)));
    }

    [Theory]
    [InlineData("2026-04-29", 5, "2026-05-07")] // skips Sat 2, Sun 3 and Bevrijdingsdag 5 May
    [InlineData("2026-04-29", 0, "2026-04-29")]
    [InlineData("2026-04-29", 1, "2026-04-30")]
    [InlineData("2026-05-02", 1, "2026-05-04")] // a Saturday start: day 1 is the first werkdag after it
    [InlineData("2026-05-07", -5, "2026-04-29")]
    [InlineData("2026-05-04", -1, "2026-05-01")]
    [InlineData("2025-12-31", 1, "2026-01-05")] // Nieuwjaarsdag, decree day 2 January, weekend
    [InlineData("2024-12-24", 1, "2024-12-30")] // both Kerstdagen, decree day 27 December, weekend
    [InlineData("2030-12-31", 1, "2031-01-02")] // across the year end, Nieuwjaarsdag 2031 on a Wednesday
    [InlineData("2031-01-02", -1, "2030-12-31")]
    [InlineData("2026-05-13", 1, "2026-05-18")] // Hemelvaartsdag and the decree day after it
    [InlineData("2025-04-25", 1, "2025-04-28")] // Koningsdag 2025 is on Saturday 26 April: no weekday lost
    [InlineData("2026-04-24", 1, "2026-04-28")] // Koningsdag 2026 on Monday 27 April
    [InlineData("2024-02-28", 1, "2024-02-29")] // leap day
    [InlineData("2024-02-29", 1, "2024-03-01")]
    [InlineData("2023-02-28", 1, "2023-03-01")]
    [InlineData("2026-01-01", 251, "2026-12-31")] // all 251 werkdagen of 2026 lie after Nieuwjaarsdag
    [InlineData("2026-01-01", 252, "2027-01-04")] // then Nieuwjaarsdag 2027 (a Friday) and the weekend
    public void AddWerkdagen_Start_ReturnsExpected(string start, int aantal, string verwacht)
    {
        // Act
        var einde = _kalender.AddWerkdagen(D(start), aantal);

        // Assert
        Assert.Equal(D(verwacht), einde);
    }

    [Fact]
    public void AddWerkdagen_WithoutDecreeDays_DoesNotSkipThem()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Create(new WerkdagenkalenderOptions { IncludeKoninklijkBesluitDagen = false });

        // Act
        var naNieuwjaar = kalender.AddWerkdagen(new LocalDate(2025, 12, 31), 1);
        var naHemelvaart = kalender.AddWerkdagen(new LocalDate(2026, 5, 13), 1);

        // Assert
        Assert.Equal(new LocalDate(2026, 1, 2), naNieuwjaar);
        Assert.Equal(new LocalDate(2026, 5, 15), naHemelvaart);
        Assert.False(kalender.IncludeKoninklijkBesluitDagen);
        Assert.True(NederlandseWerkdagenkalender.Standaard.IncludeKoninklijkBesluitDagen);
    }

    [Theory]
    [InlineData("2026-04-29", "2026-05-07", 5)] // [29 Apr, 7 May): 29, 30 Apr, 1, 4, 6 May
    [InlineData("2026-05-07", "2026-04-29", -5)]
    [InlineData("2026-05-07", "2026-05-07", 0)]
    [InlineData("2026-01-01", "2027-01-01", 251)] // 261 weekdays minus 8 feestdagen on weekdays and 2 decree days
    [InlineData("2024-02-01", "2024-03-01", 21)] // February of a leap year
    [InlineData("2023-02-01", "2023-03-01", 20)]
    [InlineData("2025-04-21", "2025-04-28", 4)] // Tweede Paasdag week; Koningsdag on Saturday
    [InlineData("2025-12-29", "2026-01-05", 3)] // 29, 30, 31 December; 1 and 2 January are no werkdagen
    public void CountWerkdagen_HalfOpen_ReturnsExpected(string van, string tot, int verwacht)
    {
        // Act
        var aantal = _kalender.CountWerkdagen(D(van), D(tot));

        // Assert
        Assert.Equal(verwacht, aantal);
    }

    [Fact]
    public void CountWerkdagen_DateInterval_IncludesBothEnds()
    {
        // Arrange
        var interval = new DateInterval(new LocalDate(2026, 4, 29), new LocalDate(2026, 5, 7));

        // Act
        var aantal = _kalender.CountWerkdagen(interval);

        // Assert: 29, 30 April, 1, 4, 6, 7 May.
        Assert.Equal(6, aantal);
    }

    [Fact]
    public void CountWerkdagen_2026WithoutDecreeDays_Returns253()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Create(new WerkdagenkalenderOptions { IncludeKoninklijkBesluitDagen = false });

        // Act
        var aantal = kalender.CountWerkdagen(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));

        // Assert
        Assert.Equal(253, aantal);
    }

    [Theory]
    [InlineData("2026-05-02", "2026-05-04")]
    [InlineData("2026-05-04", "2026-05-04")]
    [InlineData("2025-12-31", "2025-12-31")]
    [InlineData("2026-01-01", "2026-01-05")]
    public void NextWerkdagOnOrAfter_Date_ReturnsExpected(string datum, string verwacht)
    {
        // Act
        var werkdag = _kalender.NextWerkdagOnOrAfter(D(datum));

        // Assert
        Assert.Equal(D(verwacht), werkdag);
    }

    [Theory]
    [InlineData("2026-05-05", "2026-05-04")]
    [InlineData("2026-05-04", "2026-05-04")]
    [InlineData("2026-01-04", "2025-12-31")]
    public void PreviousWerkdagOnOrBefore_Date_ReturnsExpected(string datum, string verwacht)
    {
        // Act
        var werkdag = _kalender.PreviousWerkdagOnOrBefore(D(datum));

        // Assert
        Assert.Equal(D(verwacht), werkdag);
    }

    [Fact]
    public void Bereik_Standaard_Is1990To2200()
    {
        // Act
        var bereik = _kalender.Bereik;

        // Assert
        Assert.Equal(new LocalDate(1990, 1, 1), bereik.Start);
        Assert.Equal(new LocalDate(2200, 12, 31), bereik.End);
    }

    [Fact]
    public void IsWerkdag_FirstAndLastDayOfRange_Answers()
    {
        // Act + Assert: 1990-01-01 is Nieuwjaarsdag; 2200-12-31 is a Wednesday.
        Assert.False(_kalender.IsWerkdag(new LocalDate(1990, 1, 1)));
        Assert.True(_kalender.IsWerkdag(new LocalDate(2200, 12, 31)));
    }

    [Theory]
    [InlineData("1989-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("0001-01-01")]
    public void IsWerkdag_DateOutsideRange_ThrowsNamingTheRange(string datum)
    {
        // Act
        var ex = Assert.Throws<ArgumentOutOfRangeException>("datum", () => _kalender.IsWerkdag(D(datum)));

        // Assert
        Assert.StartsWith(
            $"The date {datum} is outside the supported range 1990-01-01 to 2200-12-31 of the werkdagenkalender.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AllOperations_DateOutsideRange_Throw()
    {
        // Arrange
        var buiten = new LocalDate(2201, 1, 1);
        var binnen = new LocalDate(2026, 1, 1);

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>("datum", () => _kalender.GetNietWerkdagReden(buiten));
        Assert.Throws<ArgumentOutOfRangeException>("datum", () => _kalender.NextWerkdagOnOrAfter(buiten));
        Assert.Throws<ArgumentOutOfRangeException>("datum", () => _kalender.PreviousWerkdagOnOrBefore(buiten));
        Assert.Throws<ArgumentOutOfRangeException>("start", () => _kalender.AddWerkdagen(buiten, 1));
        Assert.Throws<ArgumentOutOfRangeException>("tot", () => _kalender.CountWerkdagen(binnen, buiten));
        Assert.Throws<ArgumentOutOfRangeException>("van", () => _kalender.CountWerkdagen(buiten, binnen));
        Assert.Throws<ArgumentOutOfRangeException>("interval", () => _kalender.CountWerkdagen(new DateInterval(binnen, buiten)));
    }

    [Theory]
    [InlineData("2200-12-20", 10)]
    [InlineData("1990-01-10", -10)]
    [InlineData("2026-01-01", int.MaxValue)]
    [InlineData("2026-01-01", int.MinValue)]
    public void AddWerkdagen_ResultOutsideRange_ThrowsNamingTheRange(string start, int aantal)
    {
        // Act
        var ex = Assert.Throws<ArgumentOutOfRangeException>("aantal", () => _kalender.AddWerkdagen(D(start), aantal));

        // Assert
        Assert.Contains("goes outside the supported range 1990-01-01 to 2200-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextWerkdagOnOrAfter_NoWerkdagLeftInRange_Throws()
    {
        // Arrange: make 2200-12-31, the last werkdag of the range, a closing day.
        var kalender = NederlandseWerkdagenkalender.Create([new LocalDate(2200, 12, 29), new LocalDate(2200, 12, 30), new LocalDate(2200, 12, 31)]);

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>("datum", () => kalender.NextWerkdagOnOrAfter(new LocalDate(2200, 12, 29)));
        Assert.Throws<ArgumentOutOfRangeException>("datum", () => _kalender.PreviousWerkdagOnOrBefore(new LocalDate(1990, 1, 1)));
    }

    [Fact]
    public void IsWerkdag_NonIsoDate_ThrowsArgumentException()
    {
        // Arrange
        var juliaans = new LocalDate(2026, 5, 4, CalendarSystem.Julian);

        // Act
        var ex = Assert.Throws<ArgumentException>("datum", () => _kalender.IsWerkdag(juliaans));

        // Assert
        Assert.Contains("is not in the ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ExtraDates_MakesThemNonWerkdagenNamedSluitingsdag()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Create([new LocalDate(2026, 5, 4)]);

        // Act
        var reden = kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 4));
        var einde = kalender.AddWerkdagen(new LocalDate(2026, 4, 29), 5);

        // Assert
        Assert.NotNull(reden);
        Assert.Equal("Sluitingsdag", reden.Naam);
        Assert.Equal(FeestdagGrondslag.Eigen, reden.Feestdagen[0].Grondslag);
        Assert.Equal(new LocalDate(2026, 5, 8), einde);
        Assert.Contains(kalender.GetFeestdagen(2026), f => f.ToString() == "2026-05-04 Sluitingsdag");
    }

    [Fact]
    public void Create_NewDecreeDay_CountsWithItsCitation()
    {
        // Arrange: a user adds a day of a decree published after this release.
        var options = new WerkdagenkalenderOptions();
        options.ExtraDagen.Add(new Feestdag(
            new LocalDate(2029, 5, 11), "Gelijkgestelde dag (vrijdag na Hemelvaartsdag)", FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit, "Stcrt. 2028, 1"));

        // Act
        var kalender = NederlandseWerkdagenkalender.Create(options);

        // Assert
        Assert.False(kalender.IsWerkdag(new LocalDate(2029, 5, 11)));
        Assert.Equal("Stcrt. 2028, 1", kalender.GetNietWerkdagReden(new LocalDate(2029, 5, 11))!.Feestdagen[0].Bron);
    }

    [Fact]
    public void Create_RemovedDecreeDay_IsAWerkdag()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().RemoveDag(new LocalDate(2026, 5, 15));

        // Act
        var kalender = NederlandseWerkdagenkalender.Create(options);

        // Assert
        Assert.True(kalender.IsWerkdag(new LocalDate(2026, 5, 15)));
        Assert.DoesNotContain(kalender.GetFeestdagen(2026), f => f.Datum == new LocalDate(2026, 5, 15));
    }

    [Fact]
    public void Create_RemovedFeestdagOnSaturday_StaysNonWerkdagAsZaterdag()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions().RemoveDag(new LocalDate(2025, 4, 26));

        // Act
        var kalender = NederlandseWerkdagenkalender.Create(options);

        // Assert
        Assert.Same(NietWerkdagReden.Zaterdag, kalender.GetNietWerkdagReden(new LocalDate(2025, 4, 26)));
    }

    [Fact]
    public void Create_OptionsChangedAfterBuild_CalendarUnchanged()
    {
        // Arrange
        var options = new WerkdagenkalenderOptions();
        var kalender = NederlandseWerkdagenkalender.Create(options);

        // Act
        options.AddDag(new LocalDate(2026, 5, 4));
        options.IncludeKoninklijkBesluitDagen = false;

        // Assert
        Assert.True(kalender.IsWerkdag(new LocalDate(2026, 5, 4)));
        Assert.False(kalender.IsWerkdag(new LocalDate(2026, 5, 15)));
    }

    [Fact]
    public void Create_ExtraDayOnAFeestdag_ReportsBothNames()
    {
        // Arrange
        var kalender = NederlandseWerkdagenkalender.Create([new LocalDate(2026, 5, 5)], "Kantoor gesloten");

        // Act
        var reden = kalender.GetNietWerkdagReden(new LocalDate(2026, 5, 5));

        // Assert
        Assert.Equal("Bevrijdingsdag en Kantoor gesloten", reden!.Naam);
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>("options", () => NederlandseWerkdagenkalender.Create((WerkdagenkalenderOptions)null!));
        Assert.Throws<ArgumentNullException>("extraDagen", () => NederlandseWerkdagenkalender.Create((IEnumerable<LocalDate>)null!));
        Assert.Throws<ArgumentException>("naam", () => NederlandseWerkdagenkalender.Create([], " "));
        Assert.Throws<ArgumentNullException>("interval", () => _kalender.CountWerkdagen(null!));
    }

    [Fact]
    public void Standaard_IsASingleInstance()
    {
        // Act + Assert
        Assert.Same(NederlandseWerkdagenkalender.Standaard, NederlandseWerkdagenkalender.Standaard);
    }
}
