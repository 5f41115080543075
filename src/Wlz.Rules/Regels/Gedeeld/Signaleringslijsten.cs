using Wlz.Rules.Regels.AutoMez;
using Wlz.Rules.Regels.Bewonerslijst;
using Wlz.Rules.Regels.Indicatiecontrole;
using Wlz.Rules.Regels.InZorg;
using Wlz.Rules.Regels.UrgentActiefPlaatsen;
using Wlz.Rules.Regels.WachtUitVoorzorg;
using Wlz.Rules.Regels.ZonderMazMut;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Gets the eight signaleringslijsten of the zorgkantoor and the automatic MEZ action, in the order of the source.</summary>
public static class Signaleringslijsten
{
    /// <summary>Gets the nine definitions: the eight lists in the order of the source text, then the action <see cref="AutoMezLijsten.AutomatischeMez"/>.</summary>
    public static IReadOnlyList<Lijstdefinitie> Alle { get; } =
    [
        UrgentActiefPlaatsenLijsten.UrgentEnActiefPlaatsen,
        ZonderMazMutLijsten.ZorgtoewijzingZonderMazMut,
        Wachtlijst.WachtlijstLijsten.Wachtlijst,
        InZorgLijsten.ClientenInZorg,
        IndicatiecontroleLijsten.Indicatiecontrole,
        BewonerslijstLijsten.Bewonerslijst,
        WachtUitVoorzorgLijsten.WachtUitVoorzorgMeerDan1Jaar,
        AutoMezLijsten.ToekomstigeAutomez,
        AutoMezLijsten.AutomatischeMez,
    ];
}
