using System.Text;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Tests.Regels.InstellingsvreemdZorgprofiel;

/// <summary>A stable text rendering of signals as lists: per (list, zorgaanbieder), entries ordered by cliënt, onderwerp, rule.</summary>
internal static class SignaalWeergave
{
    public static string Render(IEnumerable<Signaal> signalen, LocalDate peildatum)
    {
        var tekst = new StringBuilder();
        tekst.Append("peildatum ").Append(LocalDatePattern.Iso.Format(peildatum)).Append('\n');
        var lijsten = signalen
            .GroupBy(s => (s.Lijst.Code, s.Zorgaanbieder))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Zorgaanbieder, StringComparer.Ordinal);
        foreach (var lijst in lijsten)
        {
            tekst.Append('\n').Append("== ").Append(lijst.First().Lijst.Titel).Append(" | zorgaanbieder ").Append(lijst.Key.Zorgaanbieder).Append('\n');
            var regels = lijst
                .OrderBy(s => s.ClientId.Waarde, StringComparer.Ordinal)
                .ThenBy(s => s.Onderwerp, StringComparer.Ordinal)
                .ThenBy(s => s.Regel.Id, StringComparer.Ordinal);
            foreach (var signaal in regels)
            {
                tekst.Append("- ").Append(signaal.Regel.Id).Append(" | client ").Append(signaal.ClientId.Waarde).Append('\n');
                foreach (var veld in signaal.Velden)
                {
                    tekst.Append("    ").Append(veld.Naam).Append(": ").Append(veld.Waarde).Append('\n');
                }

                tekst.Append("    uitleg: ").Append(signaal.Uitleg).Append('\n');
            }
        }

        return tekst.ToString();
    }
}
