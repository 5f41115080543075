using System.Text.Json;
using Wlz.Rules.Serialisatie;

namespace Wlz.Rules.Tests.Invoer;

public sealed class BsnMaskeringTests
{
    public static TheoryData<string> GegenereerdeBsns()
    {
        var data = new TheoryData<string>();
        foreach (var bsn in Invoerbestanden.Bsns(seed: 17).Take(5))
        {
            data.Add(bsn);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GegenereerdeBsns))]
    public void LeesDossiers_BsnAsDate_MessageShowsOnlyItsLastThreeDigits(string bsn)
    {
        // Arrange
        var json = $"[{{\"client\":{{\"clientId\":\"x\",\"geboortedatum\":\"{bsn}\"}}}}]";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.EndsWith($"path $[0].client.geboortedatum: The value '******{bsn[^3..]}' is not an ISO date (yyyy-MM-dd).", fout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, fout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GegenereerdeBsns))]
    public void LeesDossiers_BsnAsPropertyName_MaskedInMessageAndPath(string bsn)
    {
        // Arrange
        var json = $"[{{\"client\":{{\"clientId\":\"x\"}},\"{bsn}\":1}}]";

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(json));

        // Assert
        Assert.Equal($"$[0].******{bsn[^3..]}", fout.Path);
        Assert.Contains($"path $[0].******{bsn[^3..]}: The JSON property '******{bsn[^3..]}' could not be mapped", fout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, fout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GegenereerdeBsns))]
    public async Task LeesDossiersAsync_BsnAsDate_MessageShowsOnlyItsLastThreeDigits(string bsn)
    {
        // Arrange
        var json = $"[{{\"client\":{{\"clientId\":\"x\",\"geboortedatum\":\"{bsn}\"}}}}]";

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees("async", json));

        // Assert
        Assert.Contains($"'******{bsn[^3..]}'", fout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, fout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GegenereerdeBsns))]
    public void WlzJsonException_MessageWithNineDigits_IsMaskedWhateverTheConstructor(string bsn)
    {
        // Arrange
        var melding = $"{bsn} is not a code of SoortToewijzing";
        var verwacht = $"******{bsn[^3..]} is not a code of SoortToewijzing";

        // Act
        var uitTekst = new WlzJsonException(melding);
        var metOorzaak = new WlzJsonException(melding, new InvalidOperationException("x"));
        var uitLezer = new WlzJsonException(new JsonException(melding, $"$[0].{bsn}", 0, 4));

        // Assert
        Assert.Equal(verwacht, uitTekst.Message);
        Assert.Equal(verwacht, metOorzaak.Message);
        Assert.Equal($"Invalid Wlz JSON at line 1, position 5, path $[0].******{bsn[^3..]}: {verwacht}", uitLezer.Message);
        Assert.DoesNotContain(bsn, uitLezer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234567890", "1234567890")]
    [InlineData("T338064904", "T******904")]
    [InlineData("338064904 en 111222333", "******904 en ******333")]
    [InlineData("123456789", "******789")]
    public void WlzJsonException_OnlyRunsOfExactlyNineDigitsAreMasked(string melding, string verwacht)
    {
        // Act: a run of nine digits is masked whether or not it passes the 11-proef: a mistyped BSN is still personal data.
        var fout = new WlzJsonException(melding);

        // Assert
        Assert.Equal(verwacht, fout.Message);
    }
}
