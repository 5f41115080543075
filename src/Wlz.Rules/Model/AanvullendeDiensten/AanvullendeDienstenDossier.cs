namespace Wlz.Rules.Model.AanvullendeDiensten;

/// <summary>
/// The partition of the aanvullende diensten rule set: one zorgaanbieder's offered diensten and the charges it made.
/// </summary>
public sealed class AanvullendeDienstenDossier
{
    private readonly IReadOnlyList<AanvullendeDienst> _diensten = [];
    private readonly IReadOnlyList<Bijbetaling> _bijbetalingen = [];

    /// <summary>Gets the zorgaanbieder's AGB code.</summary>
    public required AgbCode Zorgaanbieder { get; init; }

    /// <summary>Gets the diensten the zorgaanbieder offers.</summary>
    public IReadOnlyList<AanvullendeDienst> Diensten { get => _diensten; init => _diensten = value is null ? [] : [.. value]; }

    /// <summary>Gets the charges the zorgaanbieder made to cliënten.</summary>
    public IReadOnlyList<Bijbetaling> Bijbetalingen { get => _bijbetalingen; init => _bijbetalingen = value is null ? [] : [.. value]; }

    /// <summary>Gets the facts of the partition: the diensten, then the charges.</summary>
    /// <returns>The facts.</returns>
    public IEnumerable<object> Feiten()
    {
        foreach (var dienst in _diensten)
        {
            yield return dienst;
        }

        foreach (var bijbetaling in _bijbetalingen)
        {
            yield return bijbetaling;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Aanvullende diensten van {Zorgaanbieder}";
}
