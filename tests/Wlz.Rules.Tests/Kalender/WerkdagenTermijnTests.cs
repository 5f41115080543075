using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenTermijnTests
{
    private static readonly NederlandseWerkdagenkalender _kalender = NederlandseWerkdagenkalender.Standaard;

    [Fact]
    public void Calculate_FiveWerkdagenAfter29April2026_ExplainsTheSkippedDays()
    {
        // Act
        var termijn = WerkdagenTermijn.Calculate(_kalender, new LocalDate(2026, 4, 29), 5);

        // Assert
        Assert.Equal(new LocalDate(2026, 4, 29), termijn.Start);
        Assert.Equal(5, termijn.Aantal);
        Assert.Equal(new LocalDate(2026, 5, 7), termijn.Einde);
        Assert.Equal(
            [new LocalDate(2026, 5, 2), new LocalDate(2026, 5, 3), new LocalDate(2026, 5, 5)],
            termijn.Overgeslagen.Select(d => d.Datum));
        Assert.Equal(
            [NietWerkdagSoort.Zaterdag, NietWerkdagSoort.Zondag, NietWerkdagSoort.Feestdag],
            termijn.Overgeslagen.Select(d => d.Reden.Soort));
        Assert.Equal(
            "2026-05-07: 5 werkdagen na 2026-04-29, overgeslagen: 2026-05-02 zaterdag, 2026-05-03 zondag, 2026-05-05 Bevrijdingsdag",
            termijn.ToString());
    }

    [Fact]
    public void Calculate_OneWerkdagWithoutSkips_SaysGeen()
    {
        // Act
        var termijn = WerkdagenTermijn.Calculate(_kalender, new LocalDate(2026, 4, 29), 1);

        // Assert
        Assert.Empty(termijn.Overgeslagen);
        Assert.Equal("2026-04-30: 1 werkdag na 2026-04-29, overgeslagen: geen", termijn.ToString());
    }

    [Fact]
    public void Calculate_CountingBack_ListsSkippedDaysInDateOrder()
    {
        // Act
        var termijn = WerkdagenTermijn.Calculate(_kalender, new LocalDate(2026, 1, 5), -2);

        // Assert
        Assert.Equal(new LocalDate(2025, 12, 30), termijn.Einde);
        Assert.Equal(
            "2025-12-30: 2 werkdagen vóór 2026-01-05, overgeslagen: 2026-01-01 Nieuwjaarsdag, "
                + "2026-01-02 Gelijkgestelde dag (vrijdag na Nieuwjaarsdag), 2026-01-03 zaterdag, 2026-01-04 zondag",
            termijn.ToString());
    }

    [Fact]
    public void Calculate_ZeroWerkdagen_ReturnsTheStart()
    {
        // Act
        var termijn = WerkdagenTermijn.Calculate(_kalender, new LocalDate(2026, 5, 2), 0);

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 2), termijn.Einde);
        Assert.Equal("2026-05-02: 0 werkdagen na 2026-05-02, overgeslagen: geen", termijn.ToString());
    }

    [Fact]
    public void Calculate_StartOnSaturday_DayOneIsMonday()
    {
        // Act: a toewijzing received on Saturday 2 May 2026, MAZ due within 5 werkdagen.
        var termijn = WerkdagenTermijn.Calculate(_kalender, new LocalDate(2026, 5, 2), 5);

        // Assert: Mon 4, (Bevrijdingsdag 5), Wed 6, Thu 7, Fri 8, (weekend), Mon 11.
        Assert.Equal(
            "2026-05-11: 5 werkdagen na 2026-05-02, overgeslagen: 2026-05-03 zondag, 2026-05-05 Bevrijdingsdag, 2026-05-09 zaterdag, 2026-05-10 zondag",
            termijn.ToString());
    }

    [Fact]
    public void Calculate_NullKalender_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>("kalender", () => WerkdagenTermijn.Calculate(null!, new LocalDate(2026, 5, 2), 1));
    }
}
