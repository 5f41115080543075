using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class NietWerkdagRedenTests
{
    [Fact]
    public void ForFeestdagen_TwoOnOneDate_JoinsNamesInGivenOrder()
    {
        // Arrange
        var datum = new LocalDate(2026, 5, 5);

        // Act
        var reden = NietWerkdagReden.ForFeestdagen([new Feestdag(datum, "Bevrijdingsdag"), new Feestdag(datum, "Heidag")]);

        // Assert
        Assert.Equal(NietWerkdagSoort.Feestdag, reden.Soort);
        Assert.Equal("Bevrijdingsdag en Heidag", reden.Naam);
        Assert.Equal(2, reden.Feestdagen.Count);
    }

    [Fact]
    public void ForFeestdagen_InvalidInput_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentNullException>("feestdagen", () => NietWerkdagReden.ForFeestdagen(null!));
        Assert.Throws<ArgumentException>("feestdagen", () => NietWerkdagReden.ForFeestdagen([]));
        Assert.Throws<ArgumentException>(
            "feestdagen",
            () => NietWerkdagReden.ForFeestdagen([new Feestdag(new LocalDate(2026, 5, 5), "A"), new Feestdag(new LocalDate(2026, 5, 6), "B")]));
    }

    [Fact]
    public void Weekend_Reasons_HaveNoFeestdagen()
    {
        // Act + Assert
        Assert.Equal(NietWerkdagSoort.Zaterdag, NietWerkdagReden.Zaterdag.Soort);
        Assert.Equal("zondag", NietWerkdagReden.Zondag.Naam);
        Assert.Empty(NietWerkdagReden.Zaterdag.Feestdagen);
        Assert.Empty(NietWerkdagReden.Zondag.Feestdagen);
    }

    [Fact]
    public void Feestdag_NonIsoDateOrUndefinedGrondslag_Throws()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>("datum", () => new Feestdag(new LocalDate(2026, 5, 5, CalendarSystem.Julian), "Heidag"));
        Assert.Throws<ArgumentException>("grondslag", () => new Feestdag(new LocalDate(2026, 5, 5), "Heidag", (FeestdagGrondslag)9));
    }

    [Fact]
    public void NietWerkdag_ToString_IsDateAndReason()
    {
        // Act
        var tekst = new NietWerkdag(new LocalDate(2026, 5, 2), NietWerkdagReden.Zaterdag).ToString();

        // Assert
        Assert.Equal("2026-05-02 zaterdag", tekst);
        Assert.Throws<ArgumentNullException>("reden", () => new NietWerkdag(new LocalDate(2026, 5, 2), null!));
    }
}
