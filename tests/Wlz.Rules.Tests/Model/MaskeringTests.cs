using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Model;

public sealed class MaskeringTests
{
    [Fact]
    public void ToString_ToewijzingWithUserIdHoldingBsn_MasksBsn()
    {
        // Arrange
        var id = "123456782|" + Zorgtoewijzing.BerekenSleutel("2024000123", Zorgprofielen.Geef(753), AgbCode.Parse("12345678"), new LocalDate(2024, 1, 1));
        var toewijzing = new Zorgtoewijzing
        {
            Id = id,
            Besluitnummer = "2024000123",
            Zorgprofiel = Zorgprofielen.Geef(753),
            Zorgaanbieder = AgbCode.Parse("12345678"),
            Soort = SoortToewijzing.Regulier,
            Leveringsvorm = Leveringsvorm.Verblijf,
            Toewijzingsdatum = new LocalDate(2023, 12, 20),
            Ingangsdatum = new LocalDate(2024, 1, 1),
        };

        // Act
        var tekst = toewijzing.ToString();

        // Assert
        Assert.Equal("123456782|2024000123|753|12345678|2024-01-01", id);
        Assert.Equal("Zorgtoewijzing '******782|2024000123|753|12345678|2024-01-01' 4VV bij 12345678", tekst);
    }

    [Theory]
    [InlineData("123456782", "Client ******782")]
    [InlineData("123456789", "Client ******789")]
    [InlineData("test-client-7", "Client test-client-7")]
    public void ToString_Client_NeverShowsFullNumber(string clientId, string verwacht)
    {
        // Act
        var tekst = new Client { ClientId = clientId }.ToString();

        // Assert
        Assert.Equal(verwacht, tekst);
    }

    [Fact]
    public void ToString_Dossier_UsesMaskedClientKey()
    {
        // Arrange
        var dossier = new Dossier { Client = Client.MetBsn(Bsn.Parse("111222333")) };

        // Act + Assert
        Assert.Equal("Dossier ******333", dossier.ToString());
        Assert.Equal(1, dossier.AantalFeiten);
    }
}
