using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Classifies a zorgprofiel against a zorgaanbieder's toelating and contract.</summary>
public static class Instellingsvreemdheid
{
    /// <summary>
    /// Determines whether <paramref name="zorgprofiel"/> is instellingsvreemd for <paramref name="zorgaanbieder"/>:
    /// its sector is not among the zorgaanbieder's toegelaten sectoren.
    /// </summary>
    /// <param name="zorgaanbieder">The zorgaanbieder.</param>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns><see langword="true"/> when the zorgprofiel is instellingsvreemd.</returns>
    /// <remarks>
    /// <para>"We spreken van een instellingsvreemd zorgprofiel wanneer een cliënt met een zorgprofiel graag de zorg wil
    /// ontvangen bij een instelling die niet is toegelaten voor het specifieke zorgprofiel."</para>
    /// <para>Profiles of <see cref="Sector.Overig"/> (996–999: administrative codes, partnerverblijf) belong to no
    /// sector and are never instellingsvreemd.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static bool IsInstellingsvreemd(Zorgaanbieder zorgaanbieder, Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgaanbieder);
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return zorgprofiel.Sector != Sector.Overig && !zorgaanbieder.IsToegelatenVoor(zorgprofiel);
    }

    /// <summary>
    /// Determines whether <paramref name="zorgprofiel"/> is of a toegelaten sector but missing from the zorgaanbieder's
    /// productafspraak (its gecontracteerde zorgprofielen).
    /// </summary>
    /// <param name="zorgaanbieder">The zorgaanbieder.</param>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns><see langword="true"/> when the sector is toegelaten and the profile is not contracted.</returns>
    /// <remarks>
    /// A zorgaanbieder without any gecontracteerd zorgprofiel in the register is taken to have no known
    /// productafspraak, and is never reported: the register simply does not say.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static bool IsProductafspraakOntbrekend(Zorgaanbieder zorgaanbieder, Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgaanbieder);
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return zorgprofiel.Sector != Sector.Overig
            && zorgaanbieder.IsToegelatenVoor(zorgprofiel)
            && zorgaanbieder.GecontracteerdeZorgprofielen.Count > 0
            && !zorgaanbieder.IsGecontracteerd(zorgprofiel);
    }

    internal static string Sectoren(Zorgaanbieder zorgaanbieder)
    {
        if (zorgaanbieder.ToegelatenSectoren.Count == 0)
        {
            return "geen";
        }

        var sectoren = zorgaanbieder.ToegelatenSectoren.Select(s => s.ToString().ToUpperInvariant()).Order(StringComparer.Ordinal);
        return string.Join(", ", sectoren);
    }
}
