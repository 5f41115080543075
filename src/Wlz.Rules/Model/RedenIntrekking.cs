namespace Wlz.Rules.Model;

/// <summary>Why the zorgkantoor withdrew (ingetrokken) a toewijzing: AW33 <c>RedenIntrekking</c>; the numeric values are the iWlz codes.</summary>
public enum RedenIntrekking
{
    /// <summary>1 — Overleden.</summary>
    Overleden = 1,

    /// <summary>2 — Negatief indicatiebesluit.</summary>
    NegatiefIndicatiebesluit = 2,

    /// <summary>3 — Herindicatie.</summary>
    Herindicatie = 3,

    /// <summary>4 — Overplaatsing.</summary>
    Overplaatsing = 4,

    /// <summary>5 — Wijziging leveringsvorm.</summary>
    WijzigingLeveringsvorm = 5,

    /// <summary>6 — Uitstroom.</summary>
    Uitstroom = 6,

    /// <summary>7 — Andere aanbieder heeft cliënt in zorg.</summary>
    AndereAanbiederHeeftClientInZorg = 7,

    /// <summary>8 — Verhuizing.</summary>
    Verhuizing = 8,
}
