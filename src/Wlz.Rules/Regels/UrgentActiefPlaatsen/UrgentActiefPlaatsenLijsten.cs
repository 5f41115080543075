using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.UrgentActiefPlaatsen;

/// <summary>Gets the definition of the list "Urgent plaatsen en actief plaatsen".</summary>
public static class UrgentActiefPlaatsenLijsten
{
    /// <summary>Gets the weekly list of cliënten with leveringsstatus Urgent plaatsen (6) or Actief plaatsen (7).</summary>
    public static Lijstdefinitie UrgentEnActiefPlaatsen { get; } = new(
        "UrgentActiefPlaatsen",
        "Urgent plaatsen en actief plaatsen",
        Cadans.Wekelijks,
        "Wilt u ervoor zorgen dat de cliënt binnen die termijn opgenomen wordt? Lukt het niet om de cliënt voor de streefdatum zelf of elders op te nemen? Of is deze datum al verstreken? Neemt u dan contact met ons op. Klopt de status en/of classificatie niet? Wijzig dit dan zo snel mogelijk naar de juiste status en classificatie.",
        Lijstbronnen.Bron("Urgent plaatsen en actief plaatsen", "Op deze lijst staan de cliënten die bij u op de wachtlijst staan met de leveringsstatus 'Urgent plaatsen’ of ‘Actief plaatsen'."));
}
