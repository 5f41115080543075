namespace Wlz.Rules.Model;

/// <summary>
/// The classificatie beside a wachtstatus: iWlz <c>LDT_LeveringsstatusClassificatie</c> (COD168), introduced in iWlz 2.2.
/// The numeric values are the iWlz codes 01–19.
/// </summary>
/// <remarks>
/// Which classificaties fit which leveringsstatus (CS131, "Vullen met een waarde die hoort bij de waarde van
/// Leveringsstatus") is in <see cref="IwlzCodelijsten.ToegestaneClassificaties"/>.
/// </remarks>
public enum Classificatie
{
    /// <summary>01 — Geen passend crisisbed beschikbaar (with 6 Urgent plaatsen).</summary>
    GeenPassendCrisisbedBeschikbaar = 1,

    /// <summary>02 — Doorstroom crisisbed (with 6).</summary>
    DoorstroomCrisisbed = 2,

    /// <summary>03 — Doorstroom ziekenhuis (ZH) (with 6).</summary>
    DoorstroomZiekenhuis = 3,

    /// <summary>04 — Doorstroom eerstelijnsverblijf (ELV) (with 6).</summary>
    DoorstroomEerstelijnsverblijf = 4,

    /// <summary>05 — Doorstroom geriatrische revalidatiezorg (GRZ) (with 6).</summary>
    DoorstroomGeriatrischeRevalidatiezorg = 5,

    /// <summary>06 — Palliatief terminale zorg (PTZ) (with 6).</summary>
    PalliatiefTerminaleZorg = 6,

    /// <summary>07 — Art. 28a (WZD) (with 6).</summary>
    Artikel28aWzd = 7,

    /// <summary>08 — Rechterlijke machtiging (RM) (with 6).</summary>
    RechterlijkeMachtiging = 8,

    /// <summary>09 — Dreigende crisis (thuis) (with 7 Actief plaatsen).</summary>
    DreigendeCrisis = 9,

    /// <summary>10 — Niet passende zorg (with 7).</summary>
    NietPassendeZorg = 10,

    /// <summary>11 — (Tijdelijk) andere aanbieder bespreekbaar (with 7).</summary>
    AndereAanbiederBespreekbaar = 11,

    /// <summary>12 — Voorkeuraanbieder leidend (with 7).</summary>
    VoorkeuraanbiederLeidend = 12,

    /// <summary>13 — Specifieke locatie/woonwens (with 2 and 3).</summary>
    SpecifiekeLocatieWoonwens = 13,

    /// <summary>14 — Specifieke locatie/gespecialiseerde zorg (with 2 and 3).</summary>
    SpecifiekeLocatieGespecialiseerdeZorg = 14,

    /// <summary>15 — Partneropname (with 2 and 3).</summary>
    Partneropname = 15,

    /// <summary>16 — Logeren (with 2 only).</summary>
    Logeren = 16,

    /// <summary>17 — Specifieke geografische redenen (with 2 and 3).</summary>
    SpecifiekeGeografischeRedenen = 17,

    /// <summary>18 — Doorstroom naar geclusterd wonen VPT (with 2 and 3).</summary>
    DoorstroomGeclusterdWonenVpt = 18,

    /// <summary>19 — Geen aanvullende wens(en) (with 2 and 3).</summary>
    GeenAanvullendeWensen = 19,
}
