namespace Wlz.Rules.Model;

/// <summary>The status aanlevering of an AW35 (MAZ) or AW39 (MUT/MEZ) record; the numeric values are the iWlz codes.</summary>
/// <remarks>
/// In AW35 and AW39 only 1 and 3 are allowed (CS058: "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen"),
/// so a correction is a deletion followed by a new first delivery. A deleted MEZ is what the zorgkantoor calls a
/// "MUT einde zorg ingetrokken" (FACTS §2.3; an interpretation still to be confirmed).
/// </remarks>
public enum StatusAanlevering
{
    /// <summary>1 — Eerste aanlevering.</summary>
    EersteAanlevering = 1,

    /// <summary>3 — Verwijderen aanlevering: the earlier record with the same key is withdrawn.</summary>
    Verwijderd = 3,
}
