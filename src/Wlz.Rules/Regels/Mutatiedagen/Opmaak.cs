using System.Globalization;
using NodaTime;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Formats signal columns: ISO dates, invariant numbers, empty text for absent values.</summary>
internal static class Opmaak
{
    internal static Signaalveld Datum(string naam, LocalDate? datum) =>
        new(naam, datum is { } d ? Gedeeld.Opmaak.Datum(d) : string.Empty);

    internal static Signaalveld Getal(string naam, int? getal) =>
        new(naam, getal is { } g ? g.ToString(CultureInfo.InvariantCulture) : string.Empty);

    internal static Signaalveld JaNee(string naam, bool waarde) => new(naam, waarde ? "ja" : "nee");

    internal static Signaalveld Tekst(string naam, string? tekst) => new(naam, tekst ?? string.Empty);

    internal static string Iso(LocalDate datum) => Gedeeld.Opmaak.Datum(datum);

    internal static string Iso(LocalDate? datum) => datum is { } d ? Gedeeld.Opmaak.Datum(d) : "-";
}
