using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.ZonderMazMut;

/// <summary>Gets the definition of the list "Zorgtoewijzing zonder MAZ/MUT".</summary>
public static class ZonderMazMutLijsten
{
    /// <summary>Gets the weekly list of toewijzingen without a MAZ or MUT.</summary>
    public static Lijstdefinitie ZorgtoewijzingZonderMazMut { get; } = new(
        "ZonderMazMut",
        "Zorgtoewijzing zonder MAZ/MUT",
        Cadans.Wekelijks,
        "Wilt u voor de cliënten op de lijst zo snel mogelijk de MAZ of MUT versturen?",
        Lijstbronnen.Bron("Zorgtoewijzing zonder MAZ/MUT", "Op deze lijst staan de cliënten waarvoor u een zorgtoewijzing kreeg en waarvoor wij nog geen MAZ of MUT ontvingen."));
}
