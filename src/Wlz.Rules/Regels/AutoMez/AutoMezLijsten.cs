using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Gets the definitions of "Toekomstige automez" and of the automatic MEZ action.</summary>
public static class AutoMezLijsten
{
    /// <summary>The note the source gives for a withdrawn MUT einde zorg.</summary>
    public const string NotitieIngetrokkenMez =
        "Heeft u een MUT einde zorg ingetrokken? Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing. "
        + "Levert u nog zorg? Vraag met een AAT om verlenging van de zorgtoewijzing.";

    /// <summary>
    /// Gets the list "Toekomstige automez". The source gives no cadence; choice: weekly (<see cref="Cadans.Wekelijks"/>),
    /// so that the zorgaanbieder sees an entry at least twice within the 21 days before the MEZ is placed.
    /// </summary>
    public static Lijstdefinitie ToekomstigeAutomez { get; } = new(
        "ToekomstigeAutomez",
        "Toekomstige automez",
        Cadans.Wekelijks,
        "Levert u nog zorg? Vraag dan zo snel mogelijk een verlenging van de toewijzing of een nieuwe aansluitende toewijzing aan. Levert u geen zorg meer? Dan hoeft u niets met de toewijzing te doen.",
        Lijstbronnen.Bron("Toekomstige automez", "Op deze lijst staan zorgtoewijzingen waarvan de einddatum is verstreken en waar wij een MEZ op gaan plaatsen."));

    /// <summary>Gets the action "Automatische MEZ": the zorgkantoor places the MEZ itself (not a list for the zorgaanbieder).</summary>
    public static Lijstdefinitie AutomatischeMez { get; } = new(
        "AutomatischeMez",
        "Automatische MEZ",
        Cadans.Direct,
        "Plaats de MEZ op de zorgtoewijzing.",
        Lijstbronnen.Bron("Toekomstige automez", "Wij plaatsen in deze situaties automatisch een MEZ"));
}
