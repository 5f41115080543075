namespace Wlz.Rules.Model.Kamers;

/// <summary>A room (kamer) for verblijf at a location of a V&amp;V zorgaanbieder: the unit mutatiedagen are counted for.</summary>
/// <remarks>"Zorgaanbieders in de VV kunnen per kamer per keer maximaal 13 mutatiedagen declareren" (Zorg in natura in een instelling).</remarks>
public sealed record Kamer
{
    /// <summary>Gets the id of the room, unique within the zorgaanbieder.</summary>
    public required string KamerId { get; init; }

    /// <summary>Gets the name or code of the location the room is at.</summary>
    public required string Locatie { get; init; }

    /// <summary>Gets the iWlz-AGB-code of the zorgaanbieder (the AGB code the declarations are made under).</summary>
    public required AgbCode Zorgaanbieder { get; init; }

    /// <summary>Gets a value indicating whether the zorgaanbieder is toegelaten voor behandeling (Z917 instead of Z916).</summary>
    public bool ToegelatenVoorBehandeling { get; init; }

    /// <summary>Gets a value indicating whether the room is a tweepersoonskamer (see <c>MutatiedagenOpties.MaxMutatiedagenTweepersoonskamer</c>).</summary>
    public bool Tweepersoonskamer { get; init; }

    /// <summary>Returns the room id and location.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Kamer {KamerId} ({Locatie})";
}
