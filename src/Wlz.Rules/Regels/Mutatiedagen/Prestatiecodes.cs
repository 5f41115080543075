namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The NZa prestatiecodes for mutatiedagen V&amp;V.</summary>
/// <remarks>
/// "U kunt het werkelijke aantal mutatiedagen, met een maximum van 13 dagen, declareren en registreren op de volgende
/// prestatiecodes: Z916 (Mutatiedag V&amp;V, niet toegelaten voor behandeling); Z917 (Mutatiedag V&amp;V, toegelaten voor
/// behandeling)" (Zorg in natura in een instelling). FACTS §3.3: the codes are taken from this source; the NZa table was not available.
/// </remarks>
public static class Prestatiecodes
{
    /// <summary>Z916: mutatiedag V&amp;V, zorgaanbieder niet toegelaten voor behandeling.</summary>
    public const string MutatiedagNietToegelatenVoorBehandeling = "Z916";

    /// <summary>Z917: mutatiedag V&amp;V, zorgaanbieder toegelaten voor behandeling.</summary>
    public const string MutatiedagToegelatenVoorBehandeling = "Z917";

    /// <summary>Determines whether a prestatiecode is a mutatiedag (Z916 or Z917).</summary>
    /// <param name="prestatiecode">The prestatiecode.</param>
    /// <returns><see langword="true"/> for Z916 and Z917.</returns>
    public static bool IsMutatiedag(string? prestatiecode) =>
        prestatiecode is MutatiedagNietToegelatenVoorBehandeling or MutatiedagToegelatenVoorBehandeling;

    /// <summary>Gets the mutatiedag code that applies to a zorgaanbieder.</summary>
    /// <param name="toegelatenVoorBehandeling">Whether the zorgaanbieder is toegelaten voor behandeling.</param>
    /// <returns>Z917 when it is, Z916 when it is not.</returns>
    public static string Mutatiedag(bool toegelatenVoorBehandeling) =>
        toegelatenVoorBehandeling ? MutatiedagToegelatenVoorBehandeling : MutatiedagNietToegelatenVoorBehandeling;
}
