using NodaTime;

namespace Wlz.Rules.Testing.Tests;

public sealed class FakeClockTests
{
    [Fact]
    public void GetCurrentInstant_WithoutAutoAdvance_StandsStill()
    {
        // Arrange
        var clock = FakeClock.FromUtc(2026, 5, 4, 9, 30);

        // Act
        var first = clock.GetCurrentInstant();
        var second = clock.GetCurrentInstant();

        // Assert
        Assert.Equal(Instant.FromUtc(2026, 5, 4, 9, 30), first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void AdvanceDays_MovesTheClock()
    {
        // Arrange
        var clock = FakeClock.FromUtc(2026, 5, 4);

        // Act
        clock.AdvanceDays(7);
        clock.Advance(Duration.FromHours(-2));

        // Assert
        Assert.Equal(Instant.FromUtc(2026, 5, 10, 22, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AutoAdvance_MovesAfterEveryRead()
    {
        // Arrange
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromSeconds(1));

        // Act
        var first = clock.GetCurrentInstant();
        var second = clock.GetCurrentInstant();

        // Assert
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), first);
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0, 1), second);
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0, 2), clock.Now);
    }

    [Fact]
    public void Reset_SetsTheInstant()
    {
        // Arrange
        var clock = FakeClock.FromUtc(2026, 5, 4);

        // Act
        clock.Reset(Instant.FromUtc(2030, 12, 31, 23, 59));

        // Assert
        Assert.Equal(Instant.FromUtc(2030, 12, 31, 23, 59), clock.GetCurrentInstant());
    }

    [Fact]
    public void OpDatum_WithZone_IsStartOfThatDayThere()
    {
        // Act
        var clock = FakeClock.OpDatum(new LocalDate(2026, 5, 4), DateTimeZone.ForOffset(Offset.FromHours(2)));

        // Assert
        Assert.Equal(Instant.FromUtc(2026, 5, 3, 22, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AutoAdvance_Negative_Throws()
    {
        // Arrange
        var clock = FakeClock.FromUtc(2026, 5, 4);

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AutoAdvance = Duration.FromSeconds(-1));
    }

    [Fact]
    public void FakeClock_IsAnIClock()
    {
        // Arrange
        IClock clock = FakeClock.FromUtc(2026, 5, 4);

        // Act
        var vandaag = clock.GetCurrentInstant().InUtc().Date;

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 4), vandaag);
    }
}
