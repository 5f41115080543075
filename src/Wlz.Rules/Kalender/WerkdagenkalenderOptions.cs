using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>
/// Configures a <see cref="NederlandseWerkdagenkalender"/>: whether decree days count, which days to add and which to remove.
/// </summary>
/// <remarks>
/// <para>The options are read once, when the calendar is built; later changes do not affect a built calendar.
/// <see cref="WerkdagenkalenderOptionsValidator"/> checks them.</para>
/// </remarks>
public sealed class WerkdagenkalenderOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether the days gelijkgesteld by royal decree (Atw art. 3 lid 3, see
    /// <see cref="GelijkgesteldeDagen"/>) are non-werkdagen.
    /// </summary>
    /// <value>The default value is <see langword="true"/>, as for every statutory term.</value>
    /// <remarks>A decree day is a holiday for the Algemene termijnenwet only; set this to <see langword="false"/> for
    /// terms to which the Atw does not apply. Goede Vrijdag (lid 2) always counts: it is gelijkgesteld by the law itself.</remarks>
    public bool IncludeKoninklijkBesluitDagen { get; set; } = true;

    /// <summary>
    /// Gets the days to add as non-werkdagen: a zorgkantoor's own closing days (<see cref="FeestdagGrondslag.Eigen"/>) or the
    /// days of a decree published after this release (<see cref="FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit"/>).
    /// </summary>
    /// <remarks>A day that is already a feestdag may be added: both names are then reported. Added decree days count
    /// regardless of <see cref="IncludeKoninklijkBesluitDagen"/>.</remarks>
    public IList<Feestdag> ExtraDagen { get; } = new List<Feestdag>();

    /// <summary>Gets the dates on which no feestdag applies in this calendar (for example a decree day the user does not follow).</summary>
    /// <remarks>Removing a date removes every feestdag on it; a Saturday or Sunday stays a non-werkdag. Each date must be a
    /// feestdag, a shipped gelijkgestelde dag or an added day of the Dutch calendar.</remarks>
    public IList<LocalDate> VerwijderdeDagen { get; } = new List<LocalDate>();

    /// <summary>Adds a non-werkdag with grondslag <see cref="FeestdagGrondslag.Eigen"/>.</summary>
    /// <param name="datum">The date.</param>
    /// <param name="naam">The name shown in explanations.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="naam"/> is empty.</exception>
    public WerkdagenkalenderOptions AddDag(LocalDate datum, string naam = "Sluitingsdag")
    {
        ExtraDagen.Add(new Feestdag(datum, naam));
        return this;
    }

    /// <summary>Removes the feestdag status of a date.</summary>
    /// <param name="datum">The date.</param>
    /// <returns>These options, for chaining.</returns>
    public WerkdagenkalenderOptions RemoveDag(LocalDate datum)
    {
        VerwijderdeDagen.Add(datum);
        return this;
    }
}
