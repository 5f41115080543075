using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class PasenTests
{
    // Easter Sunday from published tables of Gregorian Easter dates.
    [Theory]
    [InlineData(1990, 4, 15)]
    [InlineData(1991, 3, 31)]
    [InlineData(1992, 4, 19)]
    [InlineData(1993, 4, 11)]
    [InlineData(1994, 4, 3)]
    [InlineData(1995, 4, 16)]
    [InlineData(1996, 4, 7)]
    [InlineData(1997, 3, 30)]
    [InlineData(1998, 4, 12)]
    [InlineData(1999, 4, 4)]
    [InlineData(2000, 4, 23)]
    [InlineData(2001, 4, 15)]
    [InlineData(2002, 3, 31)]
    [InlineData(2003, 4, 20)]
    [InlineData(2004, 4, 11)]
    [InlineData(2005, 3, 27)]
    [InlineData(2006, 4, 16)]
    [InlineData(2007, 4, 8)]
    [InlineData(2008, 3, 23)] // earliest in the supported range
    [InlineData(2009, 4, 12)]
    [InlineData(2010, 4, 4)]
    [InlineData(2011, 4, 24)]
    [InlineData(2012, 4, 8)]
    [InlineData(2013, 3, 31)]
    [InlineData(2015, 4, 5)]
    [InlineData(2016, 3, 27)]
    [InlineData(2017, 4, 16)]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2021, 4, 4)]
    [InlineData(2022, 4, 17)]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(2038, 4, 25)] // latest possible date
    [InlineData(2160, 3, 23)] // earliest in the supported range
    [InlineData(2190, 4, 25)] // latest possible date
    public void EerstePaasdag_KnownYear_MatchesPublishedTable(int jaar, int maand, int dag)
    {
        // Act
        var pasen = Pasen.EerstePaasdag(jaar);

        // Assert
        Assert.Equal(new LocalDate(jaar, maand, dag), pasen);
    }

    [Theory]
    [InlineData(1818, 3, 22)] // the earliest possible date, last seen in 1818 (outside the calendar's range)
    [InlineData(2285, 3, 22)] // next earliest
    [InlineData(1943, 4, 25)]
    public void EerstePaasdag_ExtremesOutsideTheCalendarRange_MatchPublishedTable(int jaar, int maand, int dag)
    {
        // Act
        var pasen = Pasen.EerstePaasdag(jaar);

        // Assert
        Assert.Equal(new LocalDate(jaar, maand, dag), pasen);
    }

    [Theory]
    [InlineData(2008, "2008-03-21 Goede Vrijdag", "2008-03-24 Tweede Paasdag", "2008-05-01 Hemelvaartsdag", "2008-05-12 Tweede Pinksterdag")]
    [InlineData(2038, "2038-04-23 Goede Vrijdag", "2038-04-26 Tweede Paasdag", "2038-06-03 Hemelvaartsdag", "2038-06-14 Tweede Pinksterdag")]
    public void GetFeestdagen_EasterExtremes_PlaceTheMovableFeasts(int jaar, string goedeVrijdag, string paasdag, string hemelvaart, string pinksteren)
    {
        // Act
        var namen = NederlandseWerkdagenkalender.Standaard.GetFeestdagen(jaar).Select(f => f.ToString()).ToList();

        // Assert
        Assert.Contains(goedeVrijdag, namen);
        Assert.Contains(paasdag, namen);
        Assert.Contains(hemelvaart, namen);
        Assert.Contains(pinksteren, namen);
    }
}
