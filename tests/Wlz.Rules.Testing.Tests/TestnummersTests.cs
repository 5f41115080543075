namespace Wlz.Rules.Testing.Tests;

public sealed class TestnummersTests
{
    [Theory]
    [InlineData(0, "100000009")]
    [InlineData(1, "100000101")]
    [InlineData(8_999_999, "999999904")]
    public void Bsn_KnownSequenceNumbers_GiveTheseNumbers(int volgnummer, string expected)
    {
        // Act
        var bsn = Testnummers.Bsn(volgnummer);

        // Assert
        Assert.Equal(expected, bsn.Waarde);
        Assert.True(bsn.IsGeldig);
    }

    [Fact]
    public void Bsn_ManySequenceNumbers_AreDistinctAndPassThe11Proef()
    {
        // Act
        var bsns = Enumerable.Range(0, 20_000).Select(i => Testnummers.Bsn(i * 449).Waarde).ToList();

        // Assert
        Assert.All(bsns, b => Assert.True(Model.Bsn.VoldoetAanElfproef(b), b));
        Assert.Equal(bsns.Count, bsns.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Bsn_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Testnummers.Bsn(9_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => Testnummers.Bsn(-1));
    }

    [Fact]
    public void AgbCode_IsSevenFollowedBySevenDigits()
    {
        // Act
        var agb = Testnummers.AgbCode(42);

        // Assert
        Assert.Equal("70000042", agb.Waarde);
        Assert.True(agb.IsGeldig);
    }
}
