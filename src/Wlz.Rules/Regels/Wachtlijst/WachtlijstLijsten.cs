using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Wachtlijst;

/// <summary>Gets the definition of the list "Wachtlijst".</summary>
public static class WachtlijstLijsten
{
    /// <summary>Gets the monthly list of wachtlijst cliënten (statuses 6, 7, 2 and 3).</summary>
    public static Lijstdefinitie Wachtlijst { get; } = new(
        "Wachtlijst",
        "Wachtlijst",
        Cadans.Maandelijks,
        "Wilt u de verantwoordelijkheden nemen die bij de wachtstatus en classificatie horen? Lukt opname binnen de streefnorm niet? Neemt u dan contact met ons op. Klopt de status en/of classificatie niet? Wijzig dit dan zo snel mogelijk naar de juiste status en classificatie.",
        Lijstbronnen.Bron("Wachtlijst", "Op deze lijst staan uw wachtlijstcliënten."));
}
