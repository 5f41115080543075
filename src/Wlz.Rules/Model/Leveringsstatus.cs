namespace Wlz.Rules.Model;

/// <summary>The leveringsstatus (wachtstatus) of a cliënt for a toewijzing: iWlz <c>LDT_Leveringsstatus</c> (COD167) in AW39 and AW317.</summary>
/// <remarks>
/// Code 1 (Actief wachtend) is obsolete and not allowed in iWlz 2.2 (CS133: "1 (Actief wachtend) niet vullen"),
/// so it is not part of this list. The numeric values are the iWlz codes.
/// </remarks>
public enum Leveringsstatus
{
    /// <summary>2 — Wacht op voorkeur: wants admission once certain conditions are met (opnamewens).</summary>
    WachtOpVoorkeur = 2,

    /// <summary>3 — Wacht uit voorzorg: copes at home but wants to be on the preferred provider's list (geen opnamewens).</summary>
    WachtUitVoorzorg = 3,

    /// <summary>4 — In zorg.</summary>
    InZorg = 4,

    /// <summary>5 — Einde zorgvraag.</summary>
    EindeZorgvraag = 5,

    /// <summary>6 — Urgent plaatsen: admission needed at (very) short notice (opnamenoodzaak).</summary>
    UrgentPlaatsen = 6,

    /// <summary>7 — Actief plaatsen: admission needed within one or a few months (opnamebehoefte).</summary>
    ActiefPlaatsen = 7,
}
