using System.Globalization;
using System.Text;
using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Tests.Regels.Mutatiedagen;

/// <summary>Test data and the engine for the mutatiedagen tests.</summary>
internal static class Kamers
{
    internal static readonly WlzRuleEngine Regelengine = new(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag("Mutatiedagen") });

    internal static LocalDate Mei(int dag) => new(2015, 5, dag);

    internal static Kamerdossier Dossier(
        LocalDate laatsteDag,
        Intrek? intrek = null,
        Vertrekreden reden = Vertrekreden.Overlijden,
        bool behandeling = false,
        bool tweepersoons = false,
        bool naarAndereAgb = false,
        params Declaratieregel[] regels) => new()
        {
            Kamer = new Kamer { KamerId = "K1", Locatie = "L1", Zorgaanbieder = new AgbCode("70000001"), ToegelatenVoorBehandeling = behandeling, Tweepersoonskamer = tweepersoons },
            Vertrek = new Vertrek { ClientId = "A", LaatsteDag = laatsteDag, Reden = reden, Prestatiecode = "Z041", NaarAndereAgbCode = naarAndereAgb },
            Intrek = intrek,
            Declaratieregels = regels,
        };

    internal static Intrek B(LocalDate? intrekdatum, LocalDate? sleuteldatum = null, bool intern = false, bool vanAndereAgb = false, bool thuis = false) => new()
    {
        ClientId = "B",
        Intrekdatum = intrekdatum,
        Sleuteldatum = sleuteldatum,
        Prestatiecode = "Z051",
        InterneVerhuizing = intern,
        VanAndereAgbCode = vanAndereAgb,
        KomtVanuitThuissituatie = thuis,
    };

    internal static Declaratieregel Regel(int nummer, string client, string code, LocalDate begin, LocalDate eind, int aantal) => new()
    {
        Regelnummer = nummer,
        ClientId = client,
        Prestatiecode = code,
        Begindatum = begin,
        Einddatum = eind,
        Aantal = aantal,
    };

    internal static Kamerresultaat Evalueer(Kamerdossier dossier, LocalDate? peildatum = null, MutatiedagenOpties? opties = null) =>
        Regelengine.EvaluateKamer(dossier, peildatum ?? Mei(31), opties);

    internal static MutatiedagenSignaal Mutatiedag(Kamerresultaat resultaat) => Assert.Single(resultaat.SignalenVan<MutatiedagenSignaal>());

    internal static string Regel(MutatiedagenSignaal s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.ClientId} {s.Prestatiecode} {s.Begindatum:uuuu-MM-dd} {s.Einddatum:uuuu-MM-dd} {s.Aantal}{(s.Voorlopig ? " voorlopig" : string.Empty)}");

    internal static IReadOnlyList<string> Bevindingen(Kamerresultaat resultaat) =>
        [.. resultaat.SignalenVan<BevindingSignaal>().Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Regel.Id}@{b.Regelnummer}"))];

    /// <summary>Renders results as the golden text: per list title and zorgaanbieder, each entry's Velden and Uitleg.</summary>
    internal static string Render(IEnumerable<Kamerresultaat> resultaten)
    {
        var signalen = resultaten.SelectMany(r => r.Signalen).ToList();
        var tekst = new StringBuilder();
        foreach (var lijst in MutatiedagenLijsten.Alle)
        {
            foreach (var groep in signalen.Where(s => s.Lijst == lijst).GroupBy(s => s.Zorgaanbieder).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                tekst.Append("== ").Append(lijst.Titel).Append(" | ").Append(groep.Key).Append('\n');
                foreach (var signaal in groep.OrderBy(s => s.Onderwerp, StringComparer.Ordinal).ThenBy(s => s.ClientId.Waarde, StringComparer.Ordinal).ThenBy(s => s.Regel.Id, StringComparer.Ordinal))
                {
                    tekst.Append("- ").Append(signaal.ClientId).Append(" [").Append(signaal.Regel.Id).Append("] ")
                        .Append(string.Join("; ", signaal.Velden.Select(v => v.Naam + "=" + v.Waarde))).Append('\n')
                        .Append("  ").Append(signaal.Uitleg).Append('\n');
                }
            }
        }

        return tekst.ToString();
    }
}
