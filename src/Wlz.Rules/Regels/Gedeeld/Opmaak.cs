using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Invariant formatting for list fields.</summary>
internal static class Opmaak
{
    public static string Datum(LocalDate datum) => LocalDatePattern.Iso.Format(datum);

    public static string Datum(LocalDate? datum) => datum is { } d ? Datum(d) : string.Empty;

    public static string Getal(int waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Getal(decimal waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    public static string Dagen(int aantal) => Getal(aantal) + (Math.Abs(aantal) == 1 ? " dag" : " dagen");

    public static string Werkdagen(int aantal) => Getal(aantal) + (Math.Abs(aantal) == 1 ? " werkdag" : " werkdagen");

    public static string JaNee(bool waarde) => waarde ? "ja" : "nee";

    public static string Code(Enum waarde) => Convert.ToInt32(waarde, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
}
