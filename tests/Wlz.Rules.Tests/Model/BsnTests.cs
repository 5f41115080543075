using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Model;

public sealed class BsnTests
{
    [Theory]
    [InlineData("123456782", true)]
    [InlineData("111222333", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    [InlineData("1234567820", false)]
    [InlineData("12345678a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void VoldoetAanElfproef_Values_MatchesElfproef(string? waarde, bool verwacht)
    {
        // Act
        var resultaat = Bsn.VoldoetAanElfproef(waarde);

        // Assert
        Assert.Equal(verwacht, resultaat);
    }

    [Fact]
    public void ToString_ValidBsn_MasksAllButLastThreeDigits()
    {
        // Arrange
        var bsn = Bsn.Parse("123456782");

        // Act
        var tekst = bsn.ToString();

        // Assert
        Assert.Equal("******782", tekst);
        Assert.Equal("123456782", bsn.Waarde);
    }

    [Fact]
    public void Parse_FailsElfproef_ThrowsWithMaskedValueOnly()
    {
        // Act
        var fout = Assert.Throws<FormatException>(() => Bsn.Parse("123456789"));

        // Assert
        Assert.Equal("The value '******789' is not a valid BSN: it must be 9 digits that pass the 11-proef.", fout.Message);
    }

    [Fact]
    public void Constructor_InvalidDigits_KeepsValueForValidation()
    {
        // Act
        var bsn = new Bsn("123456789");

        // Assert
        Assert.False(bsn.IsGeldig);
        Assert.Equal("******789", bsn.ToString());
    }

    [Fact]
    public void Constructor_OverlongValue_ThrowsArgumentException()
    {
        // Act
        var fout = Assert.Throws<ArgumentException>("waarde", () => new Bsn(new string('1', 33)));

        // Assert
        Assert.StartsWith("A BSN has 9 digits; the value given has 33 characters.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameDigits_AreEqual()
    {
        // Act + Assert
        Assert.Equal(new Bsn("123456782"), Bsn.Parse("123456782"));
        Assert.NotEqual(new Bsn("123456782"), new Bsn("111222333"));
    }
}
