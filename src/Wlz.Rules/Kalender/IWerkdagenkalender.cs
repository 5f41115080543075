using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>
/// A business-day calendar: tells which dates are werkdagen, why a date is not one, and counts and adds werkdagen.
/// </summary>
/// <remarks>
/// <para><b>Conventions.</b></para>
/// <list type="bullet">
/// <item><description><see cref="AddWerkdagen"/> counts from the start date <i>exclusive</i>: werkdag 1 is the first
/// werkdag after the start, whether or not the start itself is a werkdag ("binnen 5 werkdagen na ontvangst" on a
/// Saturday ends on the fifth werkdag counted from the Monday). Adding 0 returns the start unchanged. A negative number
/// counts back the same way: -1 is the last werkdag before the start.</description></item>
/// <item><description><see cref="CountWerkdagen(LocalDate, LocalDate)"/> is half-open: it counts the werkdagen
/// <c>d</c> with <c>van &lt;= d &lt; tot</c>, and is negative when <c>tot</c> is before <c>van</c>.
/// <see cref="CountWerkdagen(DateInterval)"/> follows NodaTime's <see cref="DateInterval"/> and includes both ends.
/// Together: for every date <c>s</c> and every <c>n</c>, the werkdagen in <c>(s, AddWerkdagen(s, n)]</c> number
/// <c>n</c>, that is <c>CountWerkdagen(s.PlusDays(1), AddWerkdagen(s, n).PlusDays(1)) == n</c>.</description></item>
/// <item><description>Dates must be in the ISO calendar and inside <see cref="Bereik"/>; otherwise the methods throw
/// (<see cref="ArgumentException"/> or <see cref="ArgumentOutOfRangeException"/>) rather than give a wrong answer.</description></item>
/// </list>
/// </remarks>
/// <threadsafety>Implementations in this library are immutable and safe for concurrent use.</threadsafety>
public interface IWerkdagenkalender
{
    /// <summary>Gets the dates this calendar can answer for, both ends included.</summary>
    DateInterval Bereik { get; }

    /// <summary>Determines whether <paramref name="datum"/> is a werkdag: no Saturday, no Sunday and no feestdag of this calendar.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when the date is a werkdag.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="datum"/> is outside <see cref="Bereik"/>.</exception>
    bool IsWerkdag(LocalDate datum);

    /// <summary>Gets why <paramref name="datum"/> is not a werkdag.</summary>
    /// <param name="datum">The date.</param>
    /// <returns>The reason, or <see langword="null"/> when the date is a werkdag.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="datum"/> is outside <see cref="Bereik"/>.</exception>
    NietWerkdagReden? GetNietWerkdagReden(LocalDate datum);

    /// <summary>Gets <paramref name="datum"/> itself when it is a werkdag, otherwise the first werkdag after it.</summary>
    /// <remarks>This is the extension of Algemene termijnenwet art. 1 lid 1: "Een in een wet gestelde termijn die op een
    /// zaterdag, zondag of algemeen erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een
    /// zaterdag, zondag of algemeen erkende feestdag is."</remarks>
    /// <param name="datum">The date.</param>
    /// <returns>The first werkdag on or after the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the date or the answer is outside <see cref="Bereik"/>.</exception>
    LocalDate NextWerkdagOnOrAfter(LocalDate datum);

    /// <summary>Gets <paramref name="datum"/> itself when it is a werkdag, otherwise the last werkdag before it.</summary>
    /// <param name="datum">The date.</param>
    /// <returns>The last werkdag on or before the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the date or the answer is outside <see cref="Bereik"/>.</exception>
    LocalDate PreviousWerkdagOnOrBefore(LocalDate datum);

    /// <summary>Adds <paramref name="aantal"/> werkdagen to <paramref name="start"/>, counting from the start exclusive.</summary>
    /// <param name="start">The start date; it need not be a werkdag.</param>
    /// <param name="aantal">The number of werkdagen; negative counts back, 0 returns <paramref name="start"/>.</param>
    /// <returns>The <paramref name="aantal"/>-th werkdag after (or, when negative, before) <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the start or the answer is outside <see cref="Bereik"/>.</exception>
    LocalDate AddWerkdagen(LocalDate start, int aantal);

    /// <summary>Counts the werkdagen <c>d</c> with <c><paramref name="van"/> &lt;= d &lt; <paramref name="tot"/></c> (half-open).</summary>
    /// <param name="van">The first date counted (inclusive).</param>
    /// <param name="tot">The end (exclusive).</param>
    /// <returns>The count; negative (minus the count of <c>[tot, van)</c>) when <paramref name="tot"/> is before <paramref name="van"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a date is outside <see cref="Bereik"/>.</exception>
    int CountWerkdagen(LocalDate van, LocalDate tot);

    /// <summary>Counts the werkdagen in <paramref name="interval"/>, both <see cref="DateInterval.Start"/> and <see cref="DateInterval.End"/> included.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the interval is not inside <see cref="Bereik"/>.</exception>
    int CountWerkdagen(DateInterval interval);

    /// <summary>Gets the feestdagen of this calendar in <paramref name="jaar"/>, ordered by date, including those on a Saturday or Sunday.</summary>
    /// <param name="jaar">The year.</param>
    /// <returns>The feestdagen, gelijkgestelde dagen and added days of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the year is outside <see cref="Bereik"/>.</exception>
    IReadOnlyList<Feestdag> GetFeestdagen(int jaar);
}
