using System.Collections.Frozen;

namespace Wlz.Rules.Model;

/// <summary>The catalogue of iWlz zorgprofiel codes (COD163, identical in iWlz 2.2 and 2.4).</summary>
/// <remarks>
/// Codes and descriptions come from the iWlz 2.2 <c>LDT_ZzpCode</c> enumeration; the sector grouping is FACTS §3.2.
/// The GGZ profielen are displayed in the short form used in the Zorgkantoor's texts, e.g. <c>3B</c>, <c>1C</c>, <c>2W</c>.
/// The CIZ indicates only a subset of these codes today; older codes remain valid in existing toewijzingen.
/// </remarks>
public static class Zorgprofielen
{
    private static readonly Zorgprofiel[] Catalogus =
    [
        new(190, "9VV A", Sector.Vv, "Geriatrische revalidatiezorg"),
        new(191, "9VV B", Sector.Vv, "Herstelgerichte behandeling met verpleging en verzorging"),
        new(750, "1VV", Sector.Vv, "Beschut wonen met enige begeleiding"),
        new(751, "2VV", Sector.Vv, "Beschut wonen met begeleiding en verzorging"),
        new(752, "3VV", Sector.Vv, "Beschut wonen met begeleiding en intensieve verzorging"),
        new(753, "4VV", Sector.Vv, "Beschut wonen met intensieve begeleiding en uitgebreide verzorging"),
        new(754, "5VV", Sector.Vv, "Beschermd wonen met intensieve dementiezorg"),
        new(755, "6VV", Sector.Vv, "Beschermd wonen met intensieve verzorging en verpleging"),
        new(756, "7VV", Sector.Vv, "Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met nadruk op begeleiding"),
        new(757, "8VV", Sector.Vv, "Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging"),
        new(758, "9VV", Sector.Vv, "Herstelgerichte behandeling met verpleging en verzorging"),
        new(759, "10VV", Sector.Vv, "Beschermd verblijf met intensieve palliatief-terminale zorg"),
        new(760, "1C", Sector.Ggz, "Beschermd wonen met begeleiding"),
        new(762, "2C", Sector.Ggz, "Gestructureerd beschermd wonen met uitgebreide begeleiding"),
        new(764, "3C", Sector.Ggz, "Beschermd wonen met intensieve begeleiding"),
        new(766, "4B", Sector.Ggz, "Voortgezet verblijf met intensieve begeleiding en verzorging"),
        new(768, "5B", Sector.Ggz, "Voortgezet verblijf met intensieve begeleiding en gedragsregulering"),
        new(770, "6B", Sector.Ggz, "Voortgezet verblijf met intensieve begeleiding en intensieve verpleging en verzorging"),
        new(772, "7B", Sector.Ggz, "Beveiligd voortgezet verblijf vanwege extreme gedragsproblematiek met zeer intensieve begeleiding"),
        new(780, "1LVG", Sector.Lvg, "Wonen met enige behandeling en begeleiding"),
        new(781, "2LVG", Sector.Lvg, "Wonen met behandeling en begeleiding"),
        new(782, "3LVG", Sector.Lvg, "Wonen met intensieve behandeling en begeleiding, kleine groep"),
        new(783, "4LVG", Sector.Lvg, "Wonen met zeer intensieve behandeling en begeleiding"),
        new(784, "5LVG", Sector.Lvg, "Besloten wonen met zeer intensieve behandeling en begeleiding"),
        new(790, "1SGLVG", Sector.Lvg, "Behandeling in een SGLVG-behandelcentrum"),
        new(800, "1VG", Sector.Vg, "Wonen met enige begeleiding"),
        new(802, "2VG", Sector.Vg, "Wonen met begeleiding"),
        new(804, "3VG", Sector.Vg, "Wonen met begeleiding en verzorging"),
        new(806, "4VG", Sector.Vg, "Wonen met begeleiding en intensieve verzorging"),
        new(808, "5VG", Sector.Vg, "Wonen met intensieve begeleiding en intensieve verzorging"),
        new(810, "6VG", Sector.Vg, "Wonen met intensieve begeleiding, verzorging en gedragsregulering"),
        new(812, "7VG", Sector.Vg, "(Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering"),
        new(814, "8VG", Sector.Vg, "Wonen met begeleiding en volledige verzorging en verpleging"),
        new(820, "1LG", Sector.Lg, "Wonen met enige begeleiding en enige verzorging"),
        new(822, "2LG", Sector.Lg, "Wonen met begeleiding en enige verzorging"),
        new(824, "3LG", Sector.Lg, "Wonen met enige begeleiding en verzorging"),
        new(826, "4LG", Sector.Lg, "Wonen met begeleiding en verzorging"),
        new(828, "5LG", Sector.Lg, "Wonen met begeleiding en intensieve verzorging"),
        new(830, "6LG", Sector.Lg, "Wonen met intensieve begeleiding en intensieve verzorging"),
        new(832, "7LG", Sector.Lg, "Wonen met zeer intensieve begeleiding en zeer intensieve verzorging"),
        new(840, "1ZGvis", Sector.Zg, "Wonen met enige begeleiding en enige verzorging"),
        new(842, "2ZGvis", Sector.Zg, "Wonen met begeleiding en enige verzorging"),
        new(844, "3ZGvis", Sector.Zg, "Wonen met intensieve begeleiding en verzorging"),
        new(846, "4ZGvis", Sector.Zg, "Wonen met intensieve begeleiding en intensieve verzorging"),
        new(848, "5ZGvis", Sector.Zg, "Wonen met zeer intensieve begeleiding en zeer intensieve verzorging"),
        new(850, "1ZGaud", Sector.Zg, "Wonen met begeleiding en enige verzorging"),
        new(852, "2ZGaud", Sector.Zg, "Wonen met intensieve begeleiding en verzorging"),
        new(854, "3ZGaud", Sector.Zg, "Wonen met intensieve begeleiding en intensieve verzorging"),
        new(856, "4ZGaud", Sector.Zg, "Wonen met intensieve begeleiding en enige verzorging"),
        new(860, "1B", Sector.Ggz, "Voortgezet verblijf met begeleiding"),
        new(862, "2B", Sector.Ggz, "Voortgezet verblijf met structuur en uitgebreide begeleiding"),
        new(864, "3B", Sector.Ggz, "Voortgezet verblijf met intensieve begeleiding"),
        new(866, "4C", Sector.Ggz, "Gestructureerd beschermd wonen met intensieve begeleiding en verzorging"),
        new(868, "5C", Sector.Ggz, "Beschermd wonen met intensieve begeleiding en gedragsregulering"),
        new(870, "6C", Sector.Ggz, "Beschermd wonen met intensieve begeleiding en intensieve verpleging en verzorging"),
        new(880, "1W", Sector.Ggz, "Wonen met intensieve begeleiding"),
        new(882, "2W", Sector.Ggz, "Wonen met intensieve begeleiding en verzorging"),
        new(884, "3W", Sector.Ggz, "Wonen met intensieve begeleiding en gedragsregulering"),
        new(886, "4W", Sector.Ggz, "Wonen met intensieve begeleiding en intensieve verpleging en verzorging"),
        new(888, "5W", Sector.Ggz, "Beveiligd Wonen vanwege extreme gedragsproblematiek met zeer intensieve begeleiding"),
        new(996, "Wlz-indiceerbaar", Sector.Overig, "Wlz indiceerbaar"),
        new(997, "PGB", Sector.Overig, "ZZP-code uitsluitend te gebruiken voor start en stop PGB Wlz-indiceerbaren aan CAK"),
        new(998, "ZZPX", Sector.Overig, "Onbepaald zorgzwaartepakket"),
        new(999, "ZZP0", Sector.Overig, "Partnerverblijf"),
    ];

    private static readonly FrozenDictionary<int, Zorgprofiel> PerCode = Catalogus.ToFrozenDictionary(z => z.Code);

    private static readonly FrozenDictionary<string, Zorgprofiel> PerWeergave =
        Catalogus.ToFrozenDictionary(z => z.Weergave, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every zorgprofiel in the catalogue, ordered as in COD163.</summary>
    public static IReadOnlyList<Zorgprofiel> Alle { get; } = Array.AsReadOnly(Catalogus);

    /// <summary>Finds a zorgprofiel by its numeric COD163 code.</summary>
    /// <param name="code">The code, e.g. <c>753</c>.</param>
    /// <returns>The zorgprofiel, or <see langword="null"/> when the code is not in COD163.</returns>
    public static Zorgprofiel? Vind(int code) => PerCode.GetValueOrDefault(code);

    /// <summary>Finds a zorgprofiel by its display name, ignoring case.</summary>
    /// <param name="weergave">The display name, e.g. <c>4VV</c>.</param>
    /// <returns>The zorgprofiel, or <see langword="null"/> when no zorgprofiel has that name.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="weergave"/> is <see langword="null"/>.</exception>
    public static Zorgprofiel? VindOpWeergave(string weergave)
    {
        ArgumentNullException.ThrowIfNull(weergave);
        return PerWeergave.GetValueOrDefault(weergave);
    }

    /// <summary>Gets a zorgprofiel by its numeric COD163 code.</summary>
    /// <param name="code">The code, e.g. <c>753</c>.</param>
    /// <returns>The zorgprofiel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the code is not in COD163.</exception>
    public static Zorgprofiel Geef(int code) =>
        Vind(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "The code is not a zorgprofiel code in COD163.");
}
