using System.Text.Json;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;

namespace Wlz.Rules.Tests.Model;

public sealed class ZorgaanbiederregisterTests
{
    private static readonly Zorgaanbieder Aanbieder = new()
    {
        AgbCode = AgbCode.Parse("12345678"),
        Naam = "Zorggroep Voorbeeld",
        ToegelatenSectoren = new HashSet<Sector> { Sector.Vv },
        ToegelatenVoorBehandeling = true,
        GecontracteerdeZorgprofielen = new HashSet<Zorgprofiel> { Zorgprofielen.Geef(753), Zorgprofielen.Geef(754) },
    };

    [Fact]
    public void Vind_KnownAgb_ReturnsZorgaanbieder()
    {
        // Arrange
        var register = new Zorgaanbiederregister([Aanbieder]);

        // Act
        var gevonden = register.Vind(new AgbCode("12345678"));

        // Assert
        Assert.Same(Aanbieder, gevonden);
        Assert.Null(register.Vind(new AgbCode("87654321")));
        Assert.Equal(1, register.Aantal);
    }

    [Fact]
    public void Constructor_DuplicateAgb_ThrowsArgumentException()
    {
        // Act
        var fout = Assert.Throws<ArgumentException>("zorgaanbieders", () => new Zorgaanbiederregister([Aanbieder, Aanbieder with { Naam = "Dubbel" }]));

        // Assert
        Assert.StartsWith("The AGB code 12345678 occurs more than once in the register.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsGecontracteerd_And_IsToegelatenVoor_UseContractAndSector()
    {
        // Act + Assert
        Assert.True(Aanbieder.IsGecontracteerd(Zorgprofielen.Geef(753)));
        Assert.False(Aanbieder.IsGecontracteerd(Zorgprofielen.Geef(806)));
        Assert.True(Aanbieder.IsToegelatenVoor(Zorgprofielen.Geef(759)));
        Assert.False(Aanbieder.IsToegelatenVoor(Zorgprofielen.Geef(806)));
    }

    [Fact]
    public void Serialize_Zorgaanbieder_RoundTripsThroughWlzJson()
    {
        // Act
        var json = JsonSerializer.Serialize(Aanbieder, WlzJson.Options);
        var gelezen = JsonSerializer.Deserialize<Zorgaanbieder>(json, WlzJson.Options);

        // Assert
        Assert.NotNull(gelezen);
        Assert.Equal(Aanbieder.AgbCode, gelezen.AgbCode);
        Assert.Equal(new[] { Sector.Vv }, gelezen.ToegelatenSectoren.ToArray());
        Assert.Equal(new[] { 753, 754 }, gelezen.GecontracteerdeZorgprofielen.Select(z => z.Code).Order().ToArray());
    }

    [Fact]
    public void Mutatie_WithdrawnMez_IsEindeZorgIngetrokken()
    {
        // Arrange
        var mez = new Mutatie
        {
            ToewijzingId = "T1",
            Mutatiecode = Mutatiecode.LeveringBeeindigdToewijzingAanhouden,
            Mutatiedatum = new LocalDate(2024, 6, 30),
            Leveringsstatus = Leveringsstatus.WachtUitVoorzorg,
            StatusAanlevering = StatusAanlevering.Verwijderd,
        };

        // Act + Assert
        Assert.True(mez.IsEindeZorg);
        Assert.True(mez.IsEindeZorgIngetrokken);
        Assert.True(mez.IsWachtstatus);
    }
}
