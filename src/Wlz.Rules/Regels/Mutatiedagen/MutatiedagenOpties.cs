namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>
/// The choices the mutatiedagen rules leave to the user where the sources differ. The standard values follow the
/// zorgkantoor's own text (Zorg in natura in een instelling); pass other values to
/// <see cref="KamerEvaluatie.EvaluateKamer"/> (they travel into the session as a fact).
/// </summary>
/// <remarks>The maximum of 13 itself is <see cref="Parameters.WlzParameters.MaxMutatiedagen"/>, resolved on the peildatum.</remarks>
public sealed record MutatiedagenOpties
{
    /// <summary>Gets the standard options: 0 mutatiedagen at an interne verhuizing, no separate tweepersoonskamer maximum.</summary>
    public static MutatiedagenOpties Standaard { get; } = new();

    /// <summary>Gets the number of mutatiedagen allowed when the departing cliënt moves internally.</summary>
    /// <value>0 by default.</value>
    /// <remarks>
    /// <para>This source: "Bij een interne verhuizing mag u geen mutatiedagen declareren voor de cliënt die intern verhuisd."</para>
    /// <para>
    /// Alternative (FACTS §6, normenkader R45556): "A move from location A to B within the same zorgaanbieder
    /// (rechtspersoon), or a room change within a location: one (1) mutatiedag." Set 1 for that reading.
    /// </para>
    /// </remarks>
    public int MutatiedagenBijInterneVerhuizing { get; init; }

    /// <summary>Gets the maximum for a tweepersoonskamer, or <see langword="null"/> to use the same maximum as any room.</summary>
    /// <value><see langword="null"/> by default: this source says "per kamer per keer maximaal 13".</value>
    /// <remarks>FACTS §6 (normenkader R45556): from a tweepersoonskamer, mutatiedagen for each day the remaining resident is alone, max 26. Set 26 for that reading.</remarks>
    public int? MaxMutatiedagenTweepersoonskamer { get; init; }

    /// <summary>
    /// Gets the options to use from the collected option facts, independent of their order: <see cref="Standaard"/> when
    /// there are none, the only one when there is one (as <see cref="KamerEvaluatie.EvaluateKamer"/> always passes), and
    /// otherwise the most restrictive: the fewest <see cref="MutatiedagenBijInterneVerhuizing"/>, then no separate
    /// <see cref="MaxMutatiedagenTweepersoonskamer"/> before one, then the lowest.
    /// </summary>
    /// <param name="opties">The option facts in the session, in any order.</param>
    /// <returns>The options in force.</returns>
    public static MutatiedagenOpties Kies(IEnumerable<MutatiedagenOpties> opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        MutatiedagenOpties? gekozen = null;
        foreach (var optie in opties)
        {
            if (gekozen is null || IsZuiniger(optie, gekozen))
            {
                gekozen = optie;
            }
        }

        return gekozen ?? Standaard;
    }

    private static bool IsZuiniger(MutatiedagenOpties kandidaat, MutatiedagenOpties huidige)
    {
        if (kandidaat.MutatiedagenBijInterneVerhuizing != huidige.MutatiedagenBijInterneVerhuizing)
        {
            return kandidaat.MutatiedagenBijInterneVerhuizing < huidige.MutatiedagenBijInterneVerhuizing;
        }

        return (kandidaat.MaxMutatiedagenTweepersoonskamer, huidige.MaxMutatiedagenTweepersoonskamer) switch
        {
            (null, { }) => true,
            ({ } k, { } h) => k < h,
            _ => false,
        };
    }
}
