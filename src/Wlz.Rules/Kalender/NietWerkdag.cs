using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Kalender;

/// <summary>A date that is not a werkdag, with the reason; used to explain a <see cref="WerkdagenTermijn"/>.</summary>
public sealed class NietWerkdag
{
    /// <summary>Initializes a new instance of the <see cref="NietWerkdag"/> class.</summary>
    /// <param name="datum">The date.</param>
    /// <param name="reden">Why the date is not a werkdag.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reden"/> is <see langword="null"/>.</exception>
    public NietWerkdag(LocalDate datum, NietWerkdagReden reden)
    {
        ArgumentNullException.ThrowIfNull(reden);
        Datum = datum;
        Reden = reden;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Datum { get; }

    /// <summary>Gets why the date is not a werkdag.</summary>
    public NietWerkdagReden Reden { get; }

    /// <summary>Returns the ISO date and the reason, for example "2026-05-02 zaterdag" or "2026-05-05 Bevrijdingsdag".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Datum) + " " + Reden.Naam;
}
