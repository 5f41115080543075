namespace Wlz.Rules.Model;

/// <summary>The soort of a toewijzing (AW33 <c>Soort</c>); the numeric values are the iWlz codes.</summary>
public enum SoortToewijzing
{
    /// <summary>1 — Regulier.</summary>
    Regulier = 1,

    /// <summary>3 — Overbrugging.</summary>
    Overbrugging = 3,

    /// <summary>5 — Administratief.</summary>
    Administratief = 5,
}
