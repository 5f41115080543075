using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Small helpers shared by the builders.</summary>
internal static class Bouwhulp
{
    internal static Zorgprofiel Zorgprofiel(string weergave)
    {
        ArgumentNullException.ThrowIfNull(weergave);
        return Zorgprofielen.VindOpWeergave(weergave)
            ?? throw new ArgumentException($"No zorgprofiel in COD163 has the display name '{weergave}'.", nameof(weergave));
    }

    internal static string Besluitnummer(int volgnummer) =>
        volgnummer == 0
            ? Dossiers.StandaardBesluitnummer
            : (int.Parse(Dossiers.StandaardBesluitnummer, CultureInfo.InvariantCulture) + volgnummer).ToString(CultureInfo.InvariantCulture);

    internal static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    internal static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
