using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Kalender;

/// <summary>The supported range and the exceptions for dates outside it.</summary>
internal static class KalenderBereik
{
    public const int EersteJaar = 1990;
    public const int LaatsteJaar = 2200;

    public static readonly LocalDate EersteDatum = new(EersteJaar, 1, 1);
    public static readonly LocalDate LaatsteDatum = new(LaatsteJaar, 12, 31);

    public static string Tekst => "1990-01-01 to 2200-12-31";

    public static bool Bevat(LocalDate datum) =>
        datum.Calendar == CalendarSystem.Iso && datum >= EersteDatum && datum <= LaatsteDatum;

    public static string BuitenBereik(LocalDate datum) => datum.Calendar != CalendarSystem.Iso
        ? string.Create(CultureInfo.InvariantCulture, $"The date {datum} is not in the ISO calendar; the werkdagenkalender supports ISO dates from {Tekst}.")
        : string.Create(CultureInfo.InvariantCulture, $"The date {LocalDatePattern.Iso.Format(datum)} is outside the supported range {Tekst} of the werkdagenkalender.");

    [DoesNotReturn]
    public static void ThrowDatum(LocalDate datum, string paramName)
    {
        if (datum.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(BuitenBereik(datum), paramName);
        }

        throw new ArgumentOutOfRangeException(paramName, datum, BuitenBereik(datum));
    }

    [DoesNotReturn]
    public static void ThrowJaar(int jaar, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            jaar,
            string.Create(CultureInfo.InvariantCulture, $"The year {jaar} is outside the supported range {Tekst} of the werkdagenkalender."));

    [DoesNotReturn]
    public static void ThrowResultaat(LocalDate start, long aantal, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            aantal,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Counting {aantal} werkdagen from {LocalDatePattern.Iso.Format(start)} goes outside the supported range {Tekst} of the werkdagenkalender."));
}
