using NodaTime;

namespace Wlz.Rules.Model.AanvullendeDiensten;

/// <summary>A fact: an aanvullende dienst (extra service) a zorgaanbieder offers its cliënten, with its tarief and status.</summary>
/// <remarks>
/// "Aanvullende diensten zijn veelal gebruikelijke basisdiensten die niet tot de Wlz-verzekerde zorg behoren, zoals het
/// wassen van kleding of een kabelabonnement." (Zorg in natura in een instelling, Wlz-zorg en aanvullende diensten)
/// </remarks>
public sealed record AanvullendeDienst
{
    /// <summary>Gets the zorgaanbieder's own id of the dienst (the join key of <see cref="Bijbetaling.DienstId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the zorgaanbieder that offers the dienst.</summary>
    public required AgbCode Zorgaanbieder { get; init; }

    /// <summary>Gets the description, e.g. <c>Stomen van eigen kleding</c>.</summary>
    public required string Omschrijving { get; init; }

    /// <summary>Gets the category code in the <see cref="VerzekerdeZorgcatalogus"/>, e.g. <c>stomerij-eigen-kleding</c>.</summary>
    public required string Categorie { get; init; }

    /// <summary>Gets the tarief the zorgaanbieder asks, in eurocents (0 for a free dienst).</summary>
    public required long TariefInEurocent { get; init; }

    /// <summary>Gets whether the dienst and its tarief are published (website and/or folders).</summary>
    public bool Gepubliceerd { get; init; }

    /// <summary>Gets the date the cliëntenraad approved content and tarief, or <see langword="null"/> when it has not.</summary>
    public LocalDate? GoedgekeurdDoorClientenraadOp { get; init; }

    /// <summary>
    /// Gets the tarief the cliëntenraad approved, in eurocents; <see langword="null"/> means the approval covers
    /// <see cref="TariefInEurocent"/> (see <see cref="GoedgekeurdTarief"/>).
    /// </summary>
    public long? GoedgekeurdTariefInEurocent { get; init; }

    /// <summary>Gets whether the zorgaanbieder makes the dienst mandatory for (some) cliënten.</summary>
    public bool VerplichtGesteld { get; init; }

    /// <summary>Gets whether the cliëntenraad has approved the dienst on or before <paramref name="datum"/>.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when an approval date is set and not after <paramref name="datum"/>.</returns>
    public bool IsGoedgekeurdOp(LocalDate datum) => GoedgekeurdDoorClientenraadOp is { } op && op <= datum;

    /// <summary>Gets the approved tarief in eurocents: <see cref="GoedgekeurdTariefInEurocent"/>, or else <see cref="TariefInEurocent"/>.</summary>
    public long GoedgekeurdTarief => GoedgekeurdTariefInEurocent ?? TariefInEurocent;

    /// <inheritdoc/>
    public override string ToString() => $"Aanvullende dienst '{Id}' {Omschrijving} ({Categorie})";
}
