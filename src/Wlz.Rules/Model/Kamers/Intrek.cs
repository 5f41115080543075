using NodaTime;

namespace Wlz.Rules.Model.Kamers;

/// <summary>The next cliënt who takes the empty room: sleuteldatum and actual move-in (intrek).</summary>
/// <remarks>
/// "Daarnaast werkt men in de V&amp;V met het begrip sleuteldatum. Dit is de datum waarop een plaats in een verpleeg- of
/// verzorgingshuis beschikbaar is voor de nieuwe bewoner." (Zorg in natura in een instelling)
/// </remarks>
public sealed record Intrek
{
    /// <summary>Gets the key of the cliënt who moves in.</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the sleuteldatum: the day the room is available to the cliënt, when known.</summary>
    public LocalDate? Sleuteldatum { get; init; }

    /// <summary>
    /// Gets the day the cliënt actually stays in the room and receives the agreed care (the first declarable day of the
    /// ZP); <see langword="null"/> while the cliënt has not moved in yet.
    /// </summary>
    public LocalDate? Intrekdatum { get; init; }

    /// <summary>Gets the prestatiecode of the cliënt's ZP (e.g. <c>Z051</c>), when known; used by the check on a ZP declared before the intrek.</summary>
    public string? Prestatiecode { get; init; }

    /// <summary>Gets a value indicating whether the cliënt comes from the thuissituatie (extramural care may be declared until the intrek).</summary>
    public bool KomtVanuitThuissituatie { get; init; }

    /// <summary>Gets a value indicating whether the cliënt moves in from another room of the same zorgaanbieder (interne verhuizing).</summary>
    public bool InterneVerhuizing { get; init; }

    /// <summary>Gets a value indicating whether an interne verhuizing comes from a location with another AGB code; ignored otherwise.</summary>
    public bool VanAndereAgbCode { get; init; }

    /// <summary>Returns the masked cliënt key and dates.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Intrek {Maskering.MaskeerSleutel(ClientId)} sleutel {Sleuteldatum:uuuu-MM-dd} intrek {Intrekdatum:uuuu-MM-dd}";
}
