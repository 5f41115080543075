using Wlz.Rules.Engine;

namespace Wlz.Rules.Signalering.Export;

/// <summary>The source sentences of one rule that has entries on a list: written once per list, not per entry.</summary>
public sealed class RapportbestandBron
{
    /// <summary>Gets the id of the rule.</summary>
    public string Regel { get; init; } = string.Empty;

    /// <summary>Gets the name of the rule.</summary>
    public string Naam { get; init; } = string.Empty;

    /// <summary>Gets the source sentences the rule implements.</summary>
    public IReadOnlyList<RuleSource> Bronnen { get; init; } = [];

    /// <summary>Converts a rule's information.</summary>
    /// <param name="regel">The rule.</param>
    /// <returns>The exported sources.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="regel"/> is <see langword="null"/>.</exception>
    public static RapportbestandBron Van(RuleInfo regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return new RapportbestandBron { Regel = regel.Id, Naam = regel.Name, Bronnen = [.. regel.Sources] };
    }
}
