using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Gets the date arithmetic of the automatic MEZ.</summary>
public static class Automez
{
    /// <summary>
    /// Gets the first day on which the einddatum is "meer dan <paramref name="termijnDagen"/> dagen geleden":
    /// <c>einddatum + termijnDagen + 1</c> (einddatum 1 March, 21 days → 23 March).
    /// </summary>
    /// <param name="einddatum">The einddatum of the toewijzing.</param>
    /// <param name="termijnDagen">The AutoMezTermijnDagen parameter.</param>
    /// <returns>The MEZ date.</returns>
    public static LocalDate Mezdatum(LocalDate einddatum, int termijnDagen) => einddatum.PlusDays(termijnDagen + 1);

    /// <summary>
    /// Gets whether <paramref name="andere"/> is a valid or aansluitende toewijzing for one that ended on
    /// <paramref name="einddatum"/>: valid on the peildatum, or starting no later than <c>einddatum + maxDagen</c> and
    /// still running after the einddatum (no einddatum, or one after it). Withdrawn toewijzingen never count.
    /// </summary>
    /// <param name="andere">The other toewijzing.</param>
    /// <param name="einddatum">The einddatum of the ended toewijzing.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="maxDagen">The AansluitendMaxDagenNaEinddatum parameter (1).</param>
    /// <returns><see langword="true"/> when it is valid or aansluitend.</returns>
    public static bool IsGeldigOfAansluitend(Zorgtoewijzing andere, LocalDate einddatum, LocalDate peildatum, int maxDagen)
    {
        ArgumentNullException.ThrowIfNull(andere);
        if (andere.IsIngetrokken)
        {
            return false;
        }

        return andere.IsGeldigOp(peildatum)
            || (andere.Ingangsdatum <= einddatum.PlusDays(maxDagen) && (andere.Einddatum is not { } e || e > einddatum));
    }

    /// <summary>Gets the latest begindatum in <paramref name="mazen"/>.</summary>
    /// <param name="mazen">The MAZ messages, in any order; at least one.</param>
    /// <returns>The latest begindatum.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="mazen"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="mazen"/> is empty.</exception>
    public static LocalDate LaatsteBegindatum(IEnumerable<Maz> mazen)
    {
        ArgumentNullException.ThrowIfNull(mazen);
        LocalDate? laatste = null;
        foreach (var maz in mazen)
        {
            if (laatste is not { } l || maz.Begindatum > l)
            {
                laatste = maz.Begindatum;
            }
        }

        return laatste ?? throw new ArgumentOutOfRangeException(nameof(mazen), "At least one MAZ is required.");
    }
}
