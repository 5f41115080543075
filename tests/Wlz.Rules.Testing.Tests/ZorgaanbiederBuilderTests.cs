using Wlz.Rules.Model;

namespace Wlz.Rules.Testing.Tests;

public sealed class ZorgaanbiederBuilderTests
{
    [Fact]
    public void Build_Defaults_IsVvAanbiederContractedFor1VVTo10VV()
    {
        // Act
        var zorgaanbieder = Zorgaanbieders.AZorgaanbieder().Build();

        // Assert
        Assert.Equal("73730001", zorgaanbieder.AgbCode.Waarde);
        Assert.Equal("Zorgaanbieder 73730001", zorgaanbieder.Naam);
        Assert.Equal([Sector.Vv], zorgaanbieder.ToegelatenSectoren);
        Assert.Equal(10, zorgaanbieder.GecontracteerdeZorgprofielen.Count);
        Assert.True(zorgaanbieder.IsGecontracteerd(Zorgprofielen.Geef(753)));
        Assert.False(zorgaanbieder.ToegelatenVoorBehandeling);
    }

    [Fact]
    public void Build_StatedValues_AreKept()
    {
        // Act
        var zorgaanbieder = Zorgaanbieders.AZorgaanbieder()
            .Agb("12345678").Naam("De Linde").Gecontracteerd("3VG", "4VG").Sector(Sector.Lvg).Behandeling()
            .Build();

        // Assert
        Assert.Equal("12345678", zorgaanbieder.AgbCode.Waarde);
        Assert.Equal("De Linde", zorgaanbieder.Naam);
        Assert.Equal([804, 806], zorgaanbieder.GecontracteerdeZorgprofielen.Select(z => z.Code).Order());
        Assert.Equal([Sector.Vg, Sector.Lvg], zorgaanbieder.ToegelatenSectoren.Order());
        Assert.True(zorgaanbieder.ToegelatenVoorBehandeling);
    }

    [Fact]
    public void RegisterBuild_ZorgaanbiedersWithoutCode_GetDistinctCodes()
    {
        // Act
        var register = Zorgaanbieders.ARegister()
            .MetZorgaanbieder()
            .MetZorgaanbieder()
            .MetZorgaanbieder(z => z.Agb("12345678"))
            .Build();

        // Assert
        Assert.Equal(["73730001", "70000001", "12345678"], register.Alle.Select(z => z.AgbCode.Waarde));
        Assert.NotNull(register.Vind(new AgbCode("70000001")));
    }

    [Fact]
    public void RegisterBuild_DuplicateCode_Throws()
    {
        // Arrange
        var builder = Zorgaanbieders.ARegister().MetZorgaanbieder(z => z.Agb("12345678")).MetZorgaanbieder(z => z.Agb("12345678"));

        // Act + Assert
        Assert.Throws<ArgumentException>(builder.Build);
    }
}
