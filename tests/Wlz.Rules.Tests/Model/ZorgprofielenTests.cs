using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Model;

public sealed class ZorgprofielenTests
{
    [Theory]
    [InlineData(753, "4VV", Sector.Vv)]
    [InlineData(190, "9VV A", Sector.Vv)]
    [InlineData(864, "3B", Sector.Ggz)]
    [InlineData(760, "1C", Sector.Ggz)]
    [InlineData(886, "4W", Sector.Ggz)]
    [InlineData(790, "1SGLVG", Sector.Lvg)]
    [InlineData(814, "8VG", Sector.Vg)]
    [InlineData(832, "7LG", Sector.Lg)]
    [InlineData(856, "4ZGaud", Sector.Zg)]
    [InlineData(999, "ZZP0", Sector.Overig)]
    public void Vind_KnownCode_ReturnsDisplayAndSector(int code, string weergave, Sector sector)
    {
        // Act
        var zorgprofiel = Zorgprofielen.Vind(code);

        // Assert
        Assert.NotNull(zorgprofiel);
        Assert.Equal(weergave, zorgprofiel.Weergave);
        Assert.Equal(sector, zorgprofiel.Sector);
    }

    [Fact]
    public void Vind_UnknownCode_ReturnsNull()
    {
        // Act + Assert
        Assert.Null(Zorgprofielen.Vind(761));
    }

    [Fact]
    public void Alle_Catalogue_HasEveryCod163Code()
    {
        // Act
        var aantal = Zorgprofielen.Alle.Count;

        // Assert: 12 VV, 13 GGZ B/C, 5 GGZ W, 5 LVG, 1 SGLVG, 8 VG, 7 LG, 5 ZGvis, 4 ZGaud, 4 special.
        Assert.Equal(64, aantal);
    }

    [Fact]
    public void VindOpWeergave_IgnoresCase_ReturnsProfile()
    {
        // Act + Assert
        Assert.Equal(753, Zorgprofielen.VindOpWeergave("4vv")?.Code);
    }

    [Fact]
    public void Geef_UnknownCode_ThrowsArgumentOutOfRange()
    {
        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>("code", () => Zorgprofielen.Geef(1));
    }
}
