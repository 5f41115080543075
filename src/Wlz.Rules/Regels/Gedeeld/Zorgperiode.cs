using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>
/// Gets the derived fact "a period of care on a toewijzing": a MAZ that was not withdrawn, with the date of the first
/// MEZ (MUT 17, 19 or 20, not withdrawn) on or after its begindatum. The period ends at the first of: MEZ, withdrawal,
/// einddatum of the toewijzing (<see cref="LaatsteDagInZorg"/>). Inserted by <see cref="BepaalZorgperiode"/>.
/// </summary>
/// <param name="Toewijzing">The toewijzing.</param>
/// <param name="Begindatum">The begindatum of the MAZ.</param>
/// <param name="Mezdatum">The mutatiedatum of the MEZ that ends the care, or <see langword="null"/> when none has arrived.</param>
public sealed record Zorgperiode(Zorgtoewijzing Toewijzing, LocalDate Begindatum, LocalDate? Mezdatum)
{
    /// <summary>Gets the id of the toewijzing.</summary>
    public string ToewijzingId => Toewijzing.Id;

    /// <summary>
    /// Gets the last day in care (inclusive): the earliest of the MEZ mutatiedatum, the einddatum of the toewijzing and,
    /// for a toewijzing withdrawn without an einddatum, its toewijzingsdatum; <see langword="null"/> while the care is open.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The one definition of "the last day in care", used by every list (Cliënten in zorg, Bewonerslijst, Wacht uit voorzorg).
    /// Reading: the MEZ mutatiedatum is the last day in care, not the first day out. The zorgkantoor's text puts the
    /// MUT-datum as the einddatum on the toewijzing ("Dan staat de MUT-datum mogelijk nog steeds als einddatum op de
    /// zorgtoewijzing"), and that einddatum is "voor de laatste keer geleverd"; in the mutatiedagen example the ZP is
    /// declared up to and including the day of death and the mutatiedagen start the day after.
    /// </para>
    /// <para>
    /// A withdrawal (AW33 <c>RedenIntrekking</c>, e.g. 1 overleden: no MEZ follows a death) carries no date of its own in
    /// iWlz 2.2: the zorgkantoor ends the toewijzing with an einddatum, which then is the last day. A withdrawn toewijzing
    /// without einddatum counts as ended on its toewijzingsdatum (the day the zorgkantoor fixed the withdrawn record).
    /// </para>
    /// </remarks>
    public LocalDate? LaatsteDagInZorg => BepaalLaatsteDag(Toewijzing, Mezdatum);

    /// <summary>Gets whether the cliënt is in zorg on <paramref name="datum"/>: begindatum on or before it, and <see cref="LaatsteDagInZorg"/> (if any) on or after it.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when in zorg on that day.</returns>
    public bool IsInZorgOp(LocalDate datum) => Begindatum <= datum && (LaatsteDagInZorg is not { } laatste || datum <= laatste);

    /// <summary>Gets whether the cliënt is in zorg on at least one day from <paramref name="van"/> to <paramref name="tot"/> (both inclusive).</summary>
    /// <param name="van">The first day.</param>
    /// <param name="tot">The last day.</param>
    /// <returns><see langword="true"/> when the period overlaps.</returns>
    /// <remarks>Uses the same <see cref="LaatsteDagInZorg"/> as <see cref="IsInZorgOp"/>: the MEZ date is a day in zorg for every list.</remarks>
    public bool OverlaptMet(LocalDate van, LocalDate tot) =>
        Begindatum <= tot && (LaatsteDagInZorg is not { } laatste || (laatste >= van && laatste >= Begindatum));

    /// <summary>Computes <see cref="LaatsteDagInZorg"/> for a toewijzing and the date of its first MEZ.</summary>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="mezdatum">The mutatiedatum of the MEZ, or <see langword="null"/>.</param>
    /// <returns>The last day in care, or <see langword="null"/> while open.</returns>
    internal static LocalDate? BepaalLaatsteDag(Zorgtoewijzing toewijzing, LocalDate? mezdatum)
    {
        LocalDate? laatste = mezdatum;
        var einde = toewijzing.Einddatum ?? (toewijzing.IsIngetrokken ? toewijzing.Toewijzingsdatum : null);
        if (einde is { } e && (laatste is not { } l || e < l))
        {
            laatste = e;
        }

        return laatste;
    }

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
