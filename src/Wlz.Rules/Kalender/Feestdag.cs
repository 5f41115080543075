using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Kalender;

/// <summary>
/// A named day that is not a werkdag although it may fall on a weekday: an algemeen erkende feestdag, a day
/// gelijkgesteld with one, or a day added to a calendar by its user.
/// </summary>
/// <remarks>
/// <para>Instances are immutable. Two instances are equal when date, name, grondslag and source are equal.</para>
/// </remarks>
public sealed class Feestdag : IEquatable<Feestdag>
{
    /// <summary>Initializes a new instance of the <see cref="Feestdag"/> class.</summary>
    /// <param name="datum">The date (ISO calendar).</param>
    /// <param name="naam">The Dutch name, for example "Tweede Paasdag" or "Sluitingsdag".</param>
    /// <param name="grondslag">The legal basis; <see cref="FeestdagGrondslag.Eigen"/> for a day added on the user's own authority.</param>
    /// <param name="bron">Optionally the citation of the source, for example the Staatscourant publication of a decree.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="naam"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="naam"/> is empty or white space, when
    /// <paramref name="datum"/> is not in the ISO calendar, or when <paramref name="grondslag"/> is not defined.</exception>
    public Feestdag(LocalDate datum, string naam, FeestdagGrondslag grondslag = FeestdagGrondslag.Eigen, string? bron = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(naam);
        if (datum.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date of a feestdag must be in the ISO calendar.", nameof(datum));
        }

        if (!Enum.IsDefined(grondslag))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The grondslag {(int)grondslag} is not defined."), nameof(grondslag));
        }

        Datum = datum;
        Naam = naam.Trim();
        Grondslag = grondslag;
        Bron = string.IsNullOrWhiteSpace(bron) ? null : bron.Trim();
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Datum { get; }

    /// <summary>Gets the Dutch name, for example "Bevrijdingsdag".</summary>
    public string Naam { get; }

    /// <summary>Gets the legal basis on which the day is not a werkdag.</summary>
    public FeestdagGrondslag Grondslag { get; }

    /// <summary>Gets the citation of the source, or <see langword="null"/> when none was given.</summary>
    public string? Bron { get; }

    /// <summary>Returns the date in ISO format followed by the name, for example "2026-05-05 Bevrijdingsdag".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Datum) + " " + Naam;

    /// <inheritdoc/>
    public bool Equals(Feestdag? other) =>
        other is not null
        && Datum == other.Datum
        && string.Equals(Naam, other.Naam, StringComparison.Ordinal)
        && Grondslag == other.Grondslag
        && string.Equals(Bron, other.Bron, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Feestdag);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Datum, Naam, Grondslag, Bron);
}
