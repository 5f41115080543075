namespace Wlz.Rules.Model;

/// <summary>The mutatiecode of an AW39 MutatieZorgzwaartepakket (<c>LDT_MutatieCode</c>); the numeric values are the iWlz codes.</summary>
/// <remarks>
/// Codes 17, 19 and 20 end care after a MAZ (a MEZ, Begindatum required); 12, 18 and 21 are mutations without a MAZ
/// (Begindatum empty) — TR066, "Het vullen van Begindatum is afhankelijk van Mutatiecode". The leveringsstatussen
/// allowed per code (TR046) are in <see cref="IwlzCodelijsten.ToegestaneLeveringsstatussen"/>.
/// </remarks>
public enum Mutatiecode
{
    /// <summary>12 — Cliënt wil nu de zorg (nog) niet (Regulier only); leveringsstatus 3 or 5.</summary>
    ClientWilZorgNogNiet = 12,

    /// <summary>17 — Overplaatsing (there is a MAZ); leveringsstatus 5.</summary>
    Overplaatsing = 17,

    /// <summary>18 — Aanbieder kan de zorg nog niet leveren; leveringsstatus 6, 7 or 2.</summary>
    AanbiederKanZorgNogNietLeveren = 18,

    /// <summary>19 — Levering beëindigd, zorgtoewijzing intrekken (sluiten); leveringsstatus 5.</summary>
    LeveringBeeindigdToewijzingSluiten = 19,

    /// <summary>20 — Levering beëindigd, zorgtoewijzing open laten (aanhouden); leveringsstatus 6, 7, 2 or 3.</summary>
    LeveringBeeindigdToewijzingAanhouden = 20,

    /// <summary>21 — Overdracht toewijzing (no MAZ); leveringsstatus 5.</summary>
    OverdrachtToewijzing = 21,
}
