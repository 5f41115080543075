using System.Text;
using System.Text.Json;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Tests.Validatie;
using Wlz.Rules.TestSupport;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Serialisatie;

public sealed class WlzJsonTests
{
    private const string Minimaal = """
        [
          {
            "client": { "clientId": "123456782", "bsn": "123456782" },
            "zorgtoewijzingen": [
              {
                "id": "T1",
                "besluitnummer": "202400012",
                "zorgprofiel": 753,
                "zorgaanbieder": "12345678",
                "soort": "Regulier",
                "leveringsvorm": 4,
                "toewijzingsdatum": "2023-12-20",
                "ingangsdatum": "INGANG"
              }
            ]
          }
        ]
        """;

    [Fact]
    public void SchrijfDossiers_ValidDossier_MatchesGoldenFile()
    {
        // Act
        var json = JsonSerializer.Serialize(new[] { TestDossiers.Geldig() }, new JsonSerializerOptions(WlzJson.Options) { WriteIndented = true });

        // Assert
        GoldenFile.Verify(json, "WlzJsonTests.SchrijfDossiers_ValidDossier", "json");
    }

    [Fact]
    public void LeesDossiers_WrittenDossier_RoundTrips()
    {
        // Arrange
        var origineel = TestDossiers.Geldig();

        // Act
        var gelezen = Assert.Single(WlzJson.LeesDossiers(WlzJson.SchrijfDossiers([origineel])));

        // Assert
        Assert.Equal(origineel.Client, gelezen.Client);
        Assert.Equal(origineel.Indicaties, gelezen.Indicaties);
        Assert.Equal(origineel.Zorgtoewijzingen, gelezen.Zorgtoewijzingen);
        Assert.Equal(origineel.Mazen, gelezen.Mazen);
        Assert.Equal(origineel.Mutaties, gelezen.Mutaties);
        Assert.Equal(origineel.Aats, gelezen.Aats);
    }

    [Fact]
    public void LeesDossiers_GeneratedDossiers_RoundTrip()
    {
        // Arrange
        var origineel = Enumerable.Range(0, 50).Select(DossierGenerator.Maak).ToArray();

        // Act
        var gelezen = WlzJson.LeesDossiers(WlzJson.SchrijfDossiers(origineel));

        // Assert
        Assert.Equal(origineel.Length, gelezen.Count);
        for (var i = 0; i < origineel.Length; i++)
        {
            Assert.Equal(origineel[i].Client, gelezen[i].Client);
            Assert.Equal(origineel[i].Zorgtoewijzingen, gelezen[i].Zorgtoewijzingen);
            Assert.Equal(origineel[i].Mazen, gelezen[i].Mazen);
            Assert.Equal(origineel[i].Mutaties, gelezen[i].Mutaties);
            Assert.Equal(origineel[i].Aats, gelezen[i].Aats);
            Assert.Equal(origineel[i].Indicaties, gelezen[i].Indicaties);
        }
    }

    [Fact]
    public void LeesDossiers_NumericCodesAndDisplayName_AreAccepted()
    {
        // Arrange
        var json = Minimaal.Replace("INGANG", "2024-01-01", StringComparison.Ordinal).Replace("753", "\"4VV\"", StringComparison.Ordinal);

        // Act
        var toewijzing = Assert.Single(Assert.Single(WlzJson.LeesDossiers(json)).Zorgtoewijzingen);

        // Assert
        Assert.Equal(Leveringsvorm.Verblijf, toewijzing.Leveringsvorm);
        Assert.Equal(753, toewijzing.Zorgprofiel.Code);
        Assert.Equal(100m, toewijzing.Percentage);
        Assert.Equal(new LocalDate(2024, 1, 1), toewijzing.Ingangsdatum);
    }

    [Fact]
    public void LeesDossiers_BadDate_NamesLineAndPath()
    {
        // Arrange
        var json = Minimaal.Replace("INGANG", "2024-13-01", StringComparison.Ordinal);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.Equal("$[0].zorgtoewijzingen[0].ingangsdatum", fout.Path);
        Assert.Equal(13, fout.LineNumber);
        Assert.Equal("Invalid Wlz JSON at line 13, position 37, path $[0].zorgtoewijzingen[0].ingangsdatum: The value '2024-13-01' is not an ISO date (yyyy-MM-dd).", fout.Message);
    }

    [Fact]
    public void LeesDossiers_MissingRequiredField_NamesTheField()
    {
        // Arrange
        var json = Minimaal.Replace("\"id\": \"T1\",", string.Empty, StringComparison.Ordinal).Replace("INGANG", "2024-01-01", StringComparison.Ordinal);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.Equal("$[0].zorgtoewijzingen[0]", fout.Path);
        Assert.Contains("'id'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesDossiers_UnknownZorgprofiel_Throws()
    {
        // Arrange
        var json = Minimaal.Replace("753", "761", StringComparison.Ordinal).Replace("INGANG", "2024-01-01", StringComparison.Ordinal);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.Equal("Invalid Wlz JSON at line 8, position 27, path $[0].zorgtoewijzingen[0].zorgprofiel: The value '761' is not a zorgprofiel code in COD163.", fout.Message);
    }

    [Fact]
    public void LeesDossiers_UnknownProperty_IsRefused()
    {
        // Arrange
        var json = Minimaal.Replace("\"soort\"", "\"sort\"", StringComparison.Ordinal).Replace("INGANG", "2024-01-01", StringComparison.Ordinal);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.Contains("'sort'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesDossiers_BsnFailingElfproef_IsReadAndRejectedByValidation()
    {
        // Arrange
        var json = Minimaal.Replace("123456782", "123456789", StringComparison.Ordinal).Replace("INGANG", "2024-01-01", StringComparison.Ordinal);

        // Act
        var dossier = Assert.Single(WlzJson.LeesDossiers(json));
        var fout = Assert.Single(new DossierValidator().Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V001", fout.Code);
    }

    [Fact]
    public void LeesDossiers_OverlongBsn_ThrowsWithoutEchoingIt()
    {
        // Arrange
        var lang = new string('9', 40);
        var json = Minimaal.Replace("\"bsn\": \"123456782\"", $"\"bsn\": \"{lang}\"", StringComparison.Ordinal).Replace("INGANG", "2024-01-01", StringComparison.Ordinal);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.DoesNotContain(lang, fout.Message, StringComparison.Ordinal);
        Assert.EndsWith("path $[0].client.bsn: The BSN has 40 characters; at most 32 are accepted.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesDossiers_DeepNesting_ThrowsClearError()
    {
        // Arrange
        var json = "[{\"client\":{\"clientId\":\"x\"},\"indicaties\":" + new string('[', 100) + new string(']', 100) + "}]";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.StartsWith("Invalid Wlz JSON at line 1", fout.Message, StringComparison.Ordinal);
        Assert.Equal(32, WlzJson.Options.MaxDepth);
    }

    [Fact]
    public void LeesDossiers_NotJson_ThrowsWlzJsonException()
    {
        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers("[{"));

        // Assert
        Assert.StartsWith("Invalid Wlz JSON at line 1, position 3, path $[0]:", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeesDossiersAsync_ValidStream_YieldsEveryDossierInOrder()
    {
        // Arrange
        var json = WlzJson.SchrijfDossiers([TestDossiers.Geldig(), DossierGenerator.Maak(7), DossierGenerator.Maak(8)]);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var gelezen = new List<Dossier>();

        // Act
        await foreach (var dossier in WlzJson.LeesDossiersAsync(stream))
        {
            gelezen.Add(dossier);
        }

        // Assert
        Assert.Equal(3, gelezen.Count);
        Assert.Equal(DossierGenerator.Maak(8).Client, gelezen[2].Client);
    }

    [Fact]
    public async Task LeesDossiersAsync_BadThirdDossier_NamesItsPath()
    {
        // Arrange
        var goed = WlzJson.SchrijfDossiers([TestDossiers.Geldig(), TestDossiers.Geldig()]);
        var json = goed[..^1] + ",{\"client\":{\"clientId\":\"x\"},\"mazen\":[{\"toewijzingId\":\"T1\",\"begindatum\":\"gisteren\"}]}]";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(async () =>
        {
            await foreach (var dossier in WlzJson.LeesDossiersAsync(stream))
            {
                Assert.NotNull(dossier);
            }
        });

        // Assert
        Assert.Equal("$[2].mazen[0].begindatum", fout.Path);
    }

    [Fact]
    public void LocalDateJsonConverter_WritesIsoDate()
    {
        // Act
        var json = JsonSerializer.Serialize(new Peildatum(new LocalDate(2026, 3, 2)), WlzJson.Options);

        // Assert
        Assert.Equal("{\"datum\":\"2026-03-02\"}", json);
    }
}
