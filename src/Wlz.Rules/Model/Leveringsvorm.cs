namespace Wlz.Rules.Model;

/// <summary>The leveringsvorm of a toewijzing (AW33 <c>Leveringsvorm</c>, <c>LDT_Leveringsvorm</c>); the numeric values are the iWlz codes.</summary>
public enum Leveringsvorm
{
    /// <summary>2 — Persoonsgebonden budget (PGB).</summary>
    Pgb = 2,

    /// <summary>4 — Verblijf (zorg in natura in een instelling).</summary>
    Verblijf = 4,

    /// <summary>5 — Volledig pakket thuis (VPT).</summary>
    Vpt = 5,

    /// <summary>7 — Modulair pakket thuis (MPT).</summary>
    Mpt = 7,

    /// <summary>8 — Deeltijdverblijf (DTV).</summary>
    Dtv = 8,

    /// <summary>9 — Verkeerde bed (VKB).</summary>
    Vkb = 9,
}
