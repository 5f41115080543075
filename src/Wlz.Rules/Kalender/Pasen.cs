using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>Computes Easter Sunday by the Gregorian computus.</summary>
internal static class Pasen
{
    /// <summary>Gets Easter Sunday (Eerste Paasdag) of a Gregorian year.</summary>
    /// <param name="jaar">The year, 1583 or later.</param>
    /// <returns>Easter Sunday.</returns>
    /// <remarks>
    /// The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8): the golden number, the century
    /// corrections for the solar and lunar equations, the epact, and the distance to the next Sunday.
    /// </remarks>
    public static LocalDate EerstePaasdag(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(jaar, maand, dag);
    }
}
