using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Indicatiecontrole;

/// <summary>Gets the definition of the list "Indicatiecontrole".</summary>
public static class IndicatiecontroleLijsten
{
    /// <summary>Gets the monthly list of cliënten whose indicatie ends within two months.</summary>
    public static Lijstdefinitie Indicatiecontrole { get; } = new(
        "Indicatiecontrole",
        "Indicatiecontrole",
        Cadans.Maandelijks,
        "Heeft de cliënt over twee maanden nog zorg nodig? Vraag dan op tijd een herindicatie aan.",
        Lijstbronnen.Bron("Indicatiecontrole", "Op deze lijst staan de cliënten waarvan de indicatie over twee maanden afloopt."));
}
