namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The iWlz message advised when a room changes occupant.</summary>
public enum Bericht
{
    /// <summary>No message: a move within the same location/AGB code.</summary>
    Geen = 0,

    /// <summary>A Melding Aanvang Zorg (AW35), with the sleuteldatum.</summary>
    Maz = 1,

    /// <summary>A Mutatiebericht (AW39): a move to another AGB code.</summary>
    Mut = 2,
}
