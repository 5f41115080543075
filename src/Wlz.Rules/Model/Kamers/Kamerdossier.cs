namespace Wlz.Rules.Model.Kamers;

/// <summary>
/// Everything about one vacancy of one room: the room, the departure, the next cliënt (if any) and the submitted
/// declaration lines of both cliënten. The unit of validation and evaluation for mutatiedagen (one partition per room).
/// </summary>
/// <remarks>The list of lines is copied and ordered by <see cref="Declaratieregel.Regelnummer"/>, so evaluation does not depend on input order.</remarks>
public sealed class Kamerdossier
{
    private readonly IReadOnlyList<Declaratieregel> _declaratieregels = [];

    /// <summary>Gets the room.</summary>
    public required Kamer Kamer { get; init; }

    /// <summary>Gets the departure that left the room empty.</summary>
    public required Vertrek Vertrek { get; init; }

    /// <summary>Gets the next cliënt, or <see langword="null"/> when there is none yet.</summary>
    public Intrek? Intrek { get; init; }

    /// <summary>Gets the submitted declaration lines, ordered by line number (a <see langword="null"/> entry is kept, for validation to report).</summary>
    public IReadOnlyList<Declaratieregel> Declaratieregels
    {
        get => _declaratieregels;
        init => _declaratieregels = value is null ? [] : [.. value.OrderBy(r => r?.Regelnummer ?? int.MinValue)];
    }

    /// <summary>Enumerates the facts for a rule session: the room, the departure, the next cliënt (if any) and the lines.</summary>
    /// <returns>The facts, in a stable order.</returns>
    public IEnumerable<object> Feiten()
    {
        yield return Kamer;
        yield return Vertrek;
        if (Intrek is not null)
        {
            yield return Intrek;
        }

        foreach (var regel in _declaratieregels)
        {
            yield return regel;
        }
    }

    /// <summary>Returns the room.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Kamerdossier {Kamer}";
}
