using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.InZorg;

/// <summary>Gets the definition of the list "Cliënten in zorg".</summary>
public static class InZorgLijsten
{
    /// <summary>Gets the monthly list of cliënten in zorg with a MAZ.</summary>
    public static Lijstdefinitie ClientenInZorg { get; } = new(
        "ClientenInZorg",
        "Cliënten in zorg",
        Cadans.Maandelijks,
        "U kunt deze lijst gebruiken ter controle van uw administratie. Ontbreekt een cliënt op de lijst? Of staat een cliënt onterecht op de lijst? Meld de cliënt dan in of uit zorg via het iWlz berichtenverkeer.",
        Lijstbronnen.Bron("Cliënten in zorg", "Op deze lijst staan de cliënten die volgens onze administratie bij u in zorg zijn."));
}
