using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Invariant formatting for list fields.</summary>
internal static class Opmaak
{
    /// <summary>Formats a date as ISO <c>yyyy-MM-dd</c>, exactly as <see cref="LocalDatePattern.Iso"/> does.</summary>
    /// <remarks>
    /// The pattern allocates a StringBuilder per call, and signal texts format many dates, so ISO dates in years 1–9999 are
    /// written straight into the string. Other years and calendars go through the pattern itself.
    /// </remarks>
    /// <param name="datum">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string Datum(LocalDate datum)
    {
        if (!Direct(datum))
        {
            return LocalDatePattern.Iso.Format(datum);
        }

        return string.Create(10, datum, static (tekens, d) =>
        {
            Cijfers(tekens, d.Year, 4);
            tekens[4] = '-';
            Cijfers(tekens[5..], d.Month, 2);
            tekens[7] = '-';
            Cijfers(tekens[8..], d.Day, 2);
        });
    }

    public static string Datum(LocalDate? datum) => datum is { } d ? Datum(d) : string.Empty;

    /// <summary>Formats the month of a date as <c>yyyy-MM</c>: the first seven characters of <see cref="Datum(LocalDate)"/>.</summary>
    /// <param name="datum">A date in the month.</param>
    /// <returns>The formatted month.</returns>
    public static string Maand(LocalDate datum)
    {
        if (!Direct(datum))
        {
            return LocalDatePattern.Iso.Format(datum)[..7];
        }

        return string.Create(7, datum, static (tekens, d) =>
        {
            Cijfers(tekens, d.Year, 4);
            tekens[4] = '-';
            Cijfers(tekens[5..], d.Month, 2);
        });
    }

    public static string Getal(int waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Getal(decimal waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Dagen(int aantal) => Getal(aantal) + (Math.Abs(aantal) == 1 ? " dag" : " dagen");

    public static string Werkdagen(int aantal) => Getal(aantal) + (Math.Abs(aantal) == 1 ? " werkdag" : " werkdagen");

    public static string JaNee(bool waarde) => waarde ? "ja" : "nee";

    public static string Code(Enum waarde) => Convert.ToInt32(waarde, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);

    // Only years 1-9999 of the ISO calendar (the one the model uses) are written directly; any other date goes through the
    // pattern, which stays the reference for signs, wider years and other calendars.
    private static bool Direct(LocalDate datum) => datum.Year is >= 1 and <= 9999 && datum.Calendar == CalendarSystem.Iso;

    /// <summary>Writes <paramref name="waarde"/> as exactly <paramref name="aantal"/> decimal digits, zero-padded on the left.</summary>
    private static void Cijfers(Span<char> tekens, int waarde, int aantal)
    {
        for (var i = aantal - 1; i >= 0; i--)
        {
            tekens[i] = (char)('0' + (waarde % 10));
            waarde /= 10;
        }
    }
}
