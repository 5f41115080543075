using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.WachtUitVoorzorg;

/// <summary>Gets the definition of the list "Wacht uit voorzorg meer dan 1 jaar".</summary>
public static class WachtUitVoorzorgLijsten
{
    /// <summary>Gets the monthly list of cliënten with Wacht uit voorzorg for more than a year who meanwhile receive other care.</summary>
    public static Lijstdefinitie WachtUitVoorzorgMeerDan1Jaar { get; } = new(
        "WachtUitVoorzorg",
        "Wacht uit voorzorg meer dan 1 jaar",
        Cadans.Maandelijks,
        "U kunt deze lijst gebruiken om te controleren of de situatie van deze cliënten nog passend is bij de wachtstatus en classificatie. Dit kunt u doen door contact met de cliënt of met Coördinator zorg thuis op te nemen.",
        Lijstbronnen.Bron("Wacht uit voorzorg meer dan 1 jaar", "Op deze lijst staan de cliënten die meer dan een jaar bij u bekend zijn met wachtstatus Wacht uit voorzorg en ondertussen andere zorg krijgen."));
}
