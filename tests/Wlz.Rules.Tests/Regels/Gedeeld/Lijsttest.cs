using System.Text;
using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

/// <summary>Runs one rule set through the facade and renders its lists.</summary>
internal static class Lijsttest
{
    public static WlzRuleEngine Engine(string tag) => new(new WlzRulesOptions
    {
        Regelfilter = RuleFilter.HasTag(tag),
        Validatiemodus = Validatiemodus.Strikt,
        MaxDegreeOfParallelism = 1,
    });

    public static IReadOnlyList<T> Signalen<T>(string tag, Dossier dossier, LocalDate peildatum)
        where T : Signaal =>
        Engine(tag).Evaluate(dossier, peildatum).Signalen.OfType<T>().ToArray();

    public static string Render(Evaluatierapport rapport)
    {
        var tekst = new StringBuilder();
        tekst.Append("Peildatum ").Append(rapport.Peildatum.ToString("yyyy-MM-dd", null)).Append('\n');
        foreach (var lijst in rapport.Lijsten)
        {
            tekst.Append('\n').Append("== ").Append(lijst.Lijst.Titel).Append(" (").Append(lijst.Lijst.Cadans).Append(") voor ")
                .Append(lijst.Zorgaanbieder ?? "-").Append('\n');
            foreach (var regel in lijst.Regels)
            {
                tekst.Append("- cliënt ").Append(regel.ClientId).Append(" [").Append(regel.Regel.Id).Append(']')
                    .Append(regel.GebruiktVoorbeeldwaarde ? " (voorbeeldwaarde)" : string.Empty).Append('\n');
                foreach (var veld in regel.Velden)
                {
                    tekst.Append("    ").Append(veld.Naam).Append(": ").Append(veld.Waarde).Append('\n');
                }

                tekst.Append("    uitleg: ").Append(regel.Uitleg).Append('\n');
            }
        }

        return tekst.ToString();
    }

    public static IReadOnlyList<Dossier> Geschud(IReadOnlyList<Dossier> dossiers, int seed)
    {
        var kopie = dossiers.ToArray();
        new Random(seed).Shuffle(kopie);
        return kopie;
    }
}
