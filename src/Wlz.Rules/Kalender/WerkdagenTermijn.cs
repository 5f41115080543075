using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Kalender;

/// <summary>
/// A deadline of a number of werkdagen from a start date, with its derivation: the result and the non-werkdagen skipped
/// on the way, each with its reason.
/// </summary>
/// <remarks>
/// <para>The counting convention is that of <see cref="IWerkdagenkalender.AddWerkdagen"/>: werkdag 1 is the first
/// werkdag after <see cref="Start"/>. <see cref="Overgeslagen"/> lists the non-werkdagen strictly between the start and
/// the result, in date order.</para>
/// <para>Example: <c>WerkdagenTermijn.Calculate(NederlandseWerkdagenkalender.Standaard, new LocalDate(2026, 4, 29), 5).ToString()</c>
/// is "2026-05-07: 5 werkdagen na 2026-04-29, overgeslagen: 2026-05-02 zaterdag, 2026-05-03 zondag, 2026-05-05 Bevrijdingsdag".</para>
/// </remarks>
public sealed class WerkdagenTermijn
{
    private WerkdagenTermijn(LocalDate start, int aantal, LocalDate einde, IReadOnlyList<NietWerkdag> overgeslagen)
    {
        Start = start;
        Aantal = aantal;
        Einde = einde;
        Overgeslagen = overgeslagen;
    }

    /// <summary>Gets the start date (not counted itself).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of werkdagen; negative when counted back.</summary>
    public int Aantal { get; }

    /// <summary>Gets the resulting date: the <see cref="Aantal"/>-th werkdag after (or before) <see cref="Start"/>.</summary>
    public LocalDate Einde { get; }

    /// <summary>Gets the non-werkdagen strictly between <see cref="Start"/> and <see cref="Einde"/>, in date order, with their reasons.</summary>
    public IReadOnlyList<NietWerkdag> Overgeslagen { get; }

    /// <summary>Computes the deadline of <paramref name="aantal"/> werkdagen from <paramref name="start"/> with its explanation.</summary>
    /// <param name="kalender">The calendar.</param>
    /// <param name="start">The start date (day 0).</param>
    /// <param name="aantal">The number of werkdagen; negative counts back.</param>
    /// <returns>The explained deadline.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="kalender"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the start or the result is outside the calendar's range.</exception>
    public static WerkdagenTermijn Calculate(IWerkdagenkalender kalender, LocalDate start, int aantal)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        var einde = kalender.AddWerkdagen(start, aantal);
        var (van, tot) = einde >= start ? (start, einde) : (einde, start);
        var overgeslagen = new List<NietWerkdag>();
        for (var d = van.PlusDays(1); d < tot; d = d.PlusDays(1))
        {
            if (kalender.GetNietWerkdagReden(d) is { } reden)
            {
                overgeslagen.Add(new NietWerkdag(d, reden));
            }
        }

        return new WerkdagenTermijn(start, aantal, einde, overgeslagen.AsReadOnly());
    }

    /// <summary>
    /// Returns the explanation, for example
    /// "2026-05-07: 5 werkdagen na 2026-04-29, overgeslagen: 2026-05-02 zaterdag, 2026-05-03 zondag, 2026-05-05 Bevrijdingsdag".
    /// </summary>
    /// <returns>The text; "overgeslagen: geen" when no day was skipped, "vóór" instead of "na" when counted back.</returns>
    public override string ToString()
    {
        var tekst = new StringBuilder();
        var absoluut = Math.Abs((long)Aantal);
        tekst.Append(LocalDatePattern.Iso.Format(Einde))
            .Append(": ")
            .Append(absoluut.ToString(CultureInfo.InvariantCulture))
            .Append(absoluut == 1 ? " werkdag " : " werkdagen ")
            .Append(Aantal < 0 ? "vóór " : "na ")
            .Append(LocalDatePattern.Iso.Format(Start))
            .Append(", overgeslagen: ")
            .Append(Overgeslagen.Count == 0 ? "geen" : string.Join(", ", Overgeslagen));
        return tekst.ToString();
    }
}
