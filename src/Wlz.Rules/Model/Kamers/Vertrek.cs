using NodaTime;

namespace Wlz.Rules.Model.Kamers;

/// <summary>The departure of the cliënt who leaves the room empty: the start of a vacancy.</summary>
public sealed record Vertrek
{
    /// <summary>Gets the key of the departing cliënt (the cliënt the mutatiedagen are declared on).</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the last day of the cliënt's stay: the date of death or the day of departure (the ZP is declared up to and including it).</summary>
    public required LocalDate LaatsteDag { get; init; }

    /// <summary>Gets why the cliënt left.</summary>
    public required Vertrekreden Reden { get; init; }

    /// <summary>Gets the prestatiecode of the departing cliënt's ZP (e.g. <c>Z041</c>), when known.</summary>
    public string? Prestatiecode { get; init; }

    /// <summary>
    /// Gets a value indicating whether an interne verhuizing goes to a location with another AGB code (then a MUT is
    /// advised); ignored for other reasons.
    /// </summary>
    public bool NaarAndereAgbCode { get; init; }

    /// <summary>Returns the masked cliënt key, reason and last day.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Vertrek {Maskering.MaskeerSleutel(ClientId)} {Reden} {LaatsteDag:uuuu-MM-dd}";
}
