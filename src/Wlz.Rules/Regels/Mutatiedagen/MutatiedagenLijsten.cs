using Wlz.Rules.Engine;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The outputs of the mutatiedagen rules, per room: declarable lines, the ZP start, message advice, extramural care and findings.</summary>
public static class MutatiedagenLijsten
{
    /// <summary>Gets the declarable mutatiedagen (Z916/Z917) on the departing cliënt.</summary>
    public static Lijstdefinitie Mutatiedagen { get; } = new(
        "Mutatiedagen",
        "Mutatiedagen",
        Cadans.Direct,
        "U kunt het werkelijke aantal mutatiedagen, met een maximum van 13 dagen, declareren en registreren.",
        new RuleSource(Bron.Document, Bron.VersusSleuteldatum, Bron.Maximum));

    /// <summary>Gets the first declarable day of the ZP of the cliënt who moves in.</summary>
    public static Lijstdefinitie AanvangZp { get; } = new(
        "AanvangZp",
        "Declaratie toegewezen ZP",
        Cadans.Direct,
        Bron.ZpPas,
        new RuleSource(Bron.Document, Bron.VersusSleuteldatum, Bron.ZpPas));

    /// <summary>Gets the advice on which iWlz message to send (MAZ with sleuteldatum, MUT, or none).</summary>
    public static Lijstdefinitie Berichten { get; } = new(
        "MutatiedagenBerichten",
        "MUT en MAZ bij een leeggekomen verblijfplaats",
        Cadans.Direct,
        "Verstuur een Melding Aanvang Zorg (MAZ) voor de cliënt die leeggekomen verblijfplaats betrekt, op het moment dat de cliënt daadwerkelijk verblijft. Vermeld in de MAZ de sleuteldatum, om de eigen bijdrage te starten.",
        new RuleSource(Bron.Document, Bron.Werkwijze, Bron.Maz));

    /// <summary>Gets the extramural care allowed for a cliënt from the thuissituatie until the intrek.</summary>
    public static Lijstdefinitie ExtramuraleZorg { get; } = new(
        "ExtramuraleZorgTotIntrek",
        "Extramurale zorg tot de intrek",
        Cadans.Direct,
        "U mag extramurale zorg leveren en declareren – bovenop de eventuele mutatiedagen – totdat de cliënt feitelijk zijn intrek in de kamer heeft genomen.",
        new RuleSource(Bron.Document, Bron.Werkwijze, Bron.Thuissituatie));

    /// <summary>Gets the findings on the room's facts and submitted declaration lines.</summary>
    public static Lijstdefinitie Bevindingen { get; } = new(
        "MutatiedagenControle",
        "Controle declaratie mutatiedagen",
        Cadans.Direct,
        "Corrigeer de declaratieregel (AW319) of de registratie in de productiemonitor.",
        new RuleSource(Bron.Document, Bron.VersusSleuteldatum, Bron.Periode));

    /// <summary>Gets all the definitions, in display order.</summary>
    public static IReadOnlyList<Lijstdefinitie> Alle { get; } = [Mutatiedagen, AanvangZp, Berichten, ExtramuraleZorg, Bevindingen];
}
