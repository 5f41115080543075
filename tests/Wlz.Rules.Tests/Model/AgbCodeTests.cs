using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Model;

public sealed class AgbCodeTests
{
    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567x", false)]
    public void IsGeldig_Values_RequiresEightDigits(string waarde, bool verwacht)
    {
        // Act
        var resultaat = new AgbCode(waarde).IsGeldig;

        // Assert
        Assert.Equal(verwacht, resultaat);
    }

    [Fact]
    public void Parse_SevenDigits_ThrowsFormatException()
    {
        // Act
        var fout = Assert.Throws<FormatException>(() => AgbCode.Parse("1234567"));

        // Assert
        Assert.Equal("The value '****567' is not a valid AGB code: it must be 8 digits.", fout.Message);
    }

    [Fact]
    public void ToString_ValidCode_ShowsCode()
    {
        // Act + Assert
        Assert.Equal("12345678", AgbCode.Parse("12345678").ToString());
    }
}
