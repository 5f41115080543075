using NodaTime;

namespace Wlz.Rules.Testing;

/// <summary>
/// A settable <see cref="IClock"/> for tests: it shows the instant it was given until told otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe. <see cref="AutoAdvance"/> moves the clock forward after every read, for code that needs time to pass
/// between two reads. Rules never read a clock (the peildatum is an argument); use this where the "today" convenience of
/// the front door or your own code asks for the current date.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var clock = FakeClock.FromUtc(2026, 5, 4);
/// clock.AdvanceDays(7);
/// var vandaag = clock.GetCurrentInstant().InUtc().Date; // 2026-05-11
/// </code>
/// </example>
public sealed class FakeClock : IClock
{
    private readonly object _lock = new();
    private Instant _now;
    private Duration _autoAdvance;

    /// <summary>Initializes a new instance of the <see cref="FakeClock"/> class at <paramref name="initial"/>.</summary>
    /// <param name="initial">The instant the clock shows.</param>
    /// <param name="autoAdvance">How far the clock moves after every read; <see cref="Duration.Zero"/> (the default) keeps it still.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="autoAdvance"/> is negative.</exception>
    public FakeClock(Instant initial, Duration autoAdvance = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(autoAdvance, Duration.Zero);
        _now = initial;
        _autoAdvance = autoAdvance;
    }

    /// <summary>Gets or sets how far the clock moves after every read of <see cref="GetCurrentInstant"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when set to a negative duration.</exception>
    public Duration AutoAdvance
    {
        get
        {
            lock (_lock)
            {
                return _autoAdvance;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, Duration.Zero);
            lock (_lock)
            {
                _autoAdvance = value;
            }
        }
    }

    /// <summary>Gets the instant the next read returns, without moving the clock.</summary>
    public Instant Now
    {
        get
        {
            lock (_lock)
            {
                return _now;
            }
        }
    }

    /// <summary>Creates a clock at the given UTC date and time.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <param name="uur">The hour (0–23).</param>
    /// <param name="minuut">The minute (0–59).</param>
    /// <param name="seconde">The second (0–59).</param>
    /// <returns>A clock that stands still at that instant.</returns>
    public static FakeClock FromUtc(int jaar, int maand, int dag, int uur = 0, int minuut = 0, int seconde = 0) =>
        new(Instant.FromUtc(jaar, maand, dag, uur, minuut, seconde));

    /// <summary>Creates a clock at the start of <paramref name="datum"/> in <paramref name="zone"/>.</summary>
    /// <param name="datum">The date.</param>
    /// <param name="zone">The time zone, e.g. <c>DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]</c>; UTC when <see langword="null"/>.</param>
    /// <returns>A clock that stands still at that instant.</returns>
    public static FakeClock OpDatum(LocalDate datum, DateTimeZone? zone = null) =>
        new((zone ?? DateTimeZone.Utc).AtStartOfDay(datum).ToInstant());

    /// <inheritdoc/>
    /// <remarks>Returns the current instant, then moves the clock forward by <see cref="AutoAdvance"/>.</remarks>
    public Instant GetCurrentInstant()
    {
        lock (_lock)
        {
            var now = _now;
            _now += _autoAdvance;
            return now;
        }
    }

    /// <summary>Moves the clock by <paramref name="duration"/> (backwards when negative).</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration)
    {
        lock (_lock)
        {
            _now += duration;
        }
    }

    /// <summary>Moves the clock by a whole number of 24-hour days (backwards when negative).</summary>
    /// <param name="days">The number of days.</param>
    public void AdvanceDays(int days) => Advance(Duration.FromDays(days));

    /// <summary>Sets the clock to <paramref name="instant"/>.</summary>
    /// <param name="instant">The new instant.</param>
    public void Reset(Instant instant)
    {
        lock (_lock)
        {
            _now = instant;
        }
    }

    /// <summary>Returns the instant the clock shows.</summary>
    /// <returns>The instant in ISO format.</returns>
    public override string ToString() => $"FakeClock {Now}";
}
