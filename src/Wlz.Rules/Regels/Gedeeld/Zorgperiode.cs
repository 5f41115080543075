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
    /// <param name="mezen">The MEZ mutaties.</param>
    /// <returns>The earliest mutatiedatum.</returns>
    public static LocalDate? EersteMez(IReadOnlyList<Mutatie> mezen)
    {
        ArgumentNullException.ThrowIfNull(mezen);
        LocalDate? eerste = null;
        for (var i = 0; i < mezen.Count; i++)
        {
            if (eerste is not { } e || mezen[i].Mutatiedatum < e)
            {
                eerste = mezen[i].Mutatiedatum;
            }
        }

        return eerste;
    }
}
