namespace Wlz.Rules.Validatie.Kamers;

/// <summary>A rejected room partition: the room id and every validation failure found in it.</summary>
public sealed class Kamerafwijzing
{
    /// <summary>Initializes a new instance of the <see cref="Kamerafwijzing"/> class.</summary>
    /// <param name="kamerId">The id of the room (or a placeholder when it is missing).</param>
    /// <param name="fouten">The failures; at least one.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="fouten"/> is empty.</exception>
    public Kamerafwijzing(string kamerId, IEnumerable<Validatiefout> fouten)
    {
        ArgumentNullException.ThrowIfNull(kamerId);
        ArgumentNullException.ThrowIfNull(fouten);
        Fouten = [.. fouten];
        if (Fouten.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one failure.", nameof(fouten));
        }

        KamerId = kamerId;
    }

    /// <summary>Gets the id of the room.</summary>
    public string KamerId { get; }

    /// <summary>Gets every failure found.</summary>
    public IReadOnlyList<Validatiefout> Fouten { get; }

    /// <summary>Returns the room id and every failure, one per line.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() =>
        $"Kamer {KamerId} rejected with {Fouten.Count} failure(s):{Environment.NewLine}{string.Join(Environment.NewLine, Fouten)}";
}
