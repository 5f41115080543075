using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Bewonerslijst;

/// <summary>Gets the definition of the list "Bewonerslijst".</summary>
public static class BewonerslijstLijsten
{
    /// <summary>Gets the monthly list of every cliënt in zorg on at least one day of the month of the peildatum.</summary>
    public static Lijstdefinitie Bewonerslijst { get; } = new(
        "Bewonerslijst",
        "Bewonerslijst",
        Cadans.Maandelijks,
        "Gebruik de lijst om te controleren of uw administratie overeenkomt met onze administratie. Ontbreekt een klant op de bewonerslijst? Of staat een klant onterecht op de lijst? Geef dit dan via notitieverkeer door.",
        Lijstbronnen.Bron("Bewonerslijst", "Op deze lijst staan alle cliënten die een periode van 1 maand bij u in zorg zijn of zijn geweest."));
}
