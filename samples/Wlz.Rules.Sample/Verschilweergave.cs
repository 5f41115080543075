using System.Globalization;
using Wlz.Rules.Signalering.Diff;

namespace Wlz.Rules.Sample;

/// <summary>Shows a week-over-week difference: whole when it is short, else a count per list (the full text belongs in a file).</summary>
internal static class Verschilweergave
{
    public static void Schrijf(TextWriter uit, string kop, Rapportverschil verschil, int maxRegels)
    {
        uit.WriteLine($"{kop}:");
        var aantal = verschil.Lijsten.Sum(l => l.Nieuw.Count + l.Vervallen.Count + l.Gewijzigd.Count);
        if (maxRegels == 0 || aantal <= maxRegels * 4)
        {
            uit.Write(verschil.AlsTekst());
            return;
        }

        uit.WriteLine(verschil.Samenvatting());
        foreach (var lijst in verschil.Lijsten)
        {
            uit.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {lijst.Titel} ({lijst.Code}) - {lijst.Zorgaanbieder ?? "zorgkantoor"}: {lijst.Nieuw.Count} nieuw, {lijst.Vervallen.Count} vervallen, {lijst.Gewijzigd.Count} gewijzigd"));
        }

        uit.WriteLine("  (per regel: --max-regels 0)");
    }
}
