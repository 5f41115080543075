namespace Wlz.Rules.Model.AanvullendeDiensten;

/// <summary>One entry of the <see cref="VerzekerdeZorgcatalogus"/>: a category of service and whether the Wlz insures it.</summary>
/// <param name="Code">The category code that <see cref="AanvullendeDienst.Categorie"/> names, e.g. <c>kabelabonnement</c>.</param>
/// <param name="Omschrijving">A Dutch description of the category.</param>
/// <param name="Verzekerd">Whether the service belongs to the Wlz-verzekerde zorg (no bijbetaling allowed).</param>
/// <param name="Bron">Where the classification comes from.</param>
public sealed record Dienstcategorie(string Code, string Omschrijving, bool Verzekerd, string Bron)
{
    /// <summary>
    /// Gets the highest tarief, in eurocents, the user considers reasonable for an aanvullende dienst of this category,
    /// or <see langword="null"/> (the default) for no limit. The source forbids "onredelijk hoge bedragen" without a number,
    /// so the starter list sets none.
    /// </summary>
    public long? RedelijkMaximumInEurocent { get; init; }
}
