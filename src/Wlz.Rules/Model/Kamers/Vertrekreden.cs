namespace Wlz.Rules.Model.Kamers;

/// <summary>Why a cliënt left a room (kamer) empty.</summary>
/// <remarks>
/// "Zorgaanbieders in de verpleging en verzorging (V&amp;V) hebben recht op een vergoeding, indien een plaats voor
/// verblijf leeg is achtergelaten als gevolg van het overlijden of verhuizen van een bewoner." (Zorg in natura in een
/// instelling, Mutatiedatum en sleuteldatum)
/// </remarks>
public enum Vertrekreden
{
    /// <summary>The cliënt died; the last day is the date of death.</summary>
    Overlijden = 1,

    /// <summary>The cliënt moved to another zorgaanbieder; the last day is the day of departure.</summary>
    VerhuizingAndereZorgaanbieder = 2,

    /// <summary>
    /// The cliënt moved internally: "een verhuizing op dezelfde locatie of een verhuizing naar een andere locatie van
    /// dezelfde zorgaanbieder" (footnote [1] of the source).
    /// </summary>
    InterneVerhuizing = 3,
}
