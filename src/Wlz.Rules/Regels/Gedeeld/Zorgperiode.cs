using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>
/// Gets the derived fact "a period of care on a toewijzing": a MAZ that was not withdrawn, with the date of the first
/// MEZ (MUT 17, 19 or 20, not withdrawn) on or after its begindatum. Inserted by <see cref="BepaalZorgperiode"/>.
/// </summary>
/// <param name="Toewijzing">The toewijzing.</param>
/// <param name="Begindatum">The begindatum of the MAZ.</param>
/// <param name="Mezdatum">The mutatiedatum of the MEZ that ends the care, or <see langword="null"/> when none has arrived.</param>
public sealed record Zorgperiode(Zorgtoewijzing Toewijzing, LocalDate Begindatum, LocalDate? Mezdatum)
{
    /// <summary>Gets the id of the toewijzing.</summary>
    public string ToewijzingId => Toewijzing.Id;

    /// <summary>Gets whether the cliënt is in zorg on <paramref name="datum"/>: begindatum on or before it, and no MEZ on or before it.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when in zorg on that day.</returns>
    public bool IsInZorgOp(LocalDate datum) => Begindatum <= datum && (Mezdatum is not { } mez || mez > datum);

    /// <summary>Gets whether the cliënt is in zorg on at least one day from <paramref name="van"/> to <paramref name="tot"/> (both inclusive).</summary>
    /// <param name="van">The first day.</param>
    /// <param name="tot">The last day.</param>
    /// <returns><see langword="true"/> when the period overlaps.</returns>
    /// <remarks>The MEZ date counts as a day in zorg here (the bewonerslijst shows who "in zorg zijn of zijn geweest").</remarks>
    public bool OverlaptMet(LocalDate van, LocalDate tot) => Begindatum <= tot && (Mezdatum is not { } mez || mez >= van);

    /// <summary>Finds the earliest date in <paramref name="mezen"/>, or <see langword="null"/> when empty.</summary>
    /// <param name="mezen">The MEZ mutaties, in any order.</param>
    /// <returns>The earliest mutatiedatum.</returns>
    public static LocalDate? EersteMez(IEnumerable<Mutatie> mezen)
    {
        ArgumentNullException.ThrowIfNull(mezen);
        LocalDate? eerste = null;
        foreach (var mez in mezen)
        {
            if (eerste is not { } e || mez.Mutatiedatum < e)
            {
                eerste = mez.Mutatiedatum;
            }
        }

        return eerste;
    }

    /// <summary>
    /// Gets whether <paramref name="kandidaat"/> has the same begindatum as <paramref name="maz"/> and comes before it in a
    /// fixed order (no sleuteldatum first, then the earlier sleuteldatum, then without behandeling first), so that of
    /// several MAZ with one begindatum on a toewijzing exactly one starts a <see cref="Zorgperiode"/>, whatever the order of the facts.
    /// </summary>
    /// <param name="kandidaat">The MAZ that may come first.</param>
    /// <param name="maz">The MAZ it is compared with (same toewijzing).</param>
    /// <returns><see langword="true"/> when <paramref name="kandidaat"/> has the same begindatum and comes first.</returns>
    /// <remarks>Two MAZ equal in every value cannot both be facts of one NRules session (a record's identity is its value), so they need no tie-break.</remarks>
    internal static bool IsGelijkeEerdereMaz(Maz kandidaat, Maz maz)
    {
        if (kandidaat.Begindatum != maz.Begindatum)
        {
            return false;
        }

        if (kandidaat.Sleuteldatum != maz.Sleuteldatum)
        {
            return kandidaat.Sleuteldatum is not { } eigen || (maz.Sleuteldatum is { } ander && eigen < ander);
        }

        return !kandidaat.Behandeling && maz.Behandeling;
    }
}
