namespace Wlz.Rules.Signalering;

/// <summary>How often the zorgkantoor sends a list to a zorgaanbieder.</summary>
/// <remarks>Source: "Deze lijst ontvangt u wekelijks." / "Deze lijst ontvangt u maandelijks." (Wekelijkse en maandelijkse notities met lijsten).</remarks>
public enum Cadans
{
    /// <summary>Sent every week.</summary>
    Wekelijks,

    /// <summary>Sent every month.</summary>
    Maandelijks,

    /// <summary>Not a periodic list: an action or finding produced by every evaluation (e.g. an automatic MEZ).</summary>
    Direct,
}
