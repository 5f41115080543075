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
    public static WlzRuleEngine Engine(string tag, YearMonth? rapportagemaand = null) => new(new WlzRulesOptions
    {
        Regelfilter = RuleFilter.HasTag(tag),
        Rapportagemaand = rapportagemaand,
        Validatiemodus = Validatiemodus.Strikt,
        MaxDegreeOfParallelism = 1,
    });

    public static IReadOnlyList<T> Signalen<T>(string tag, Dossier dossier, LocalDate peildatum)
        where T : Signaal =>
        Engine(tag).Evaluate(dossier, peildatum).Signalen.OfType<T>().ToArray();

    public static string Render(Evaluatierapport rapport, string? lijstcode = null)
    {
        var tekst = new StringBuilder();
        tekst.Append("Peildatum ").Append(rapport.Peildatum.ToString("yyyy-MM-dd", null)).Append('\n');
        foreach (var lijst in rapport.Lijsten.Where(l => lijstcode is null || l.Lijst.Code == lijstcode))
        {
            tekst.Append('\n').Append("== ").Append(lijst.Lijst.Titel).Append(" (").Append(lijst.Lijst.Cadans).Append(") voor ")
                .Append(lijst.Zorgaanbieder ?? "-").Append('\n');
            foreach (var regel in lijst.Regels)
            {
                tekst.Append("- cliënt ").Append(regel.ClientId.Waarde).Append(" [").Append(regel.Regel.Id).Append(']')
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

    /// <summary>Shuffles the dossiers and, inside each dossier, the order of every kind of fact.</summary>
    public static IReadOnlyList<Dossier> Geschud(IReadOnlyList<Dossier> dossiers, int seed)
    {
        var random = new Random(seed);
        var kopie = dossiers.Select(d => new Dossier
        {
            Client = d.Client,
            Indicaties = Schud(d.Indicaties, random),
            Zorgtoewijzingen = Schud(d.Zorgtoewijzingen, random),
            Mazen = Schud(d.Mazen, random),
            Mutaties = Schud(d.Mutaties, random),
            Aats = Schud(d.Aats, random),
        }).ToArray();
        random.Shuffle(kopie);
        return kopie;
    }

    private static T[] Schud<T>(IReadOnlyList<T> lijst, Random random)
    {
        var kopie = lijst.ToArray();
        random.Shuffle(kopie);
        return kopie;
    }
}
