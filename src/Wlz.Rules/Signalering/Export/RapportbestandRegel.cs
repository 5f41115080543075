namespace Wlz.Rules.Signalering.Export;

/// <summary>One exported entry of a list: a <see cref="Signaal"/> as plain data.</summary>
public sealed class RapportbestandRegel
{
    /// <summary>
    /// Gets the identity of the entry across runs: a keyed hash of list, zorgaanbieder, cliënt and subject
    /// (<see cref="Identificatie.Koppelsleutel"/>). Unambiguous, and no BSN can be read from it.
    /// </summary>
    public string Koppelsleutel { get; init; } = string.Empty;

    /// <summary>Gets the cliënt as the report's <see cref="Identificatie"/> renders it: masked, a pseudonym, or the BSN.</summary>
    public string ClientId { get; init; } = string.Empty;

    /// <summary>Gets the id of the toewijzing (or other subject) the entry is about, if any.</summary>
    public string? Onderwerp { get; init; }

    /// <summary>Gets the id of the rule that produced the entry.</summary>
    public string Regel { get; init; } = string.Empty;

    /// <summary>Gets the named, formatted values of the entry, in display order.</summary>
    public IReadOnlyList<Signaalveld> Velden { get; init; } = [];

    /// <summary>Gets the whole explanation of the entry (the cliënt's BSN masked unless the report identifies by BSN).</summary>
    public string Uitleg { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether a computed value used an example parameter value.</summary>
    public bool GebruiktVoorbeeldwaarde { get; init; }

    /// <summary>Gets the value of the field named <paramref name="naam"/>, or <see langword="null"/> when the entry has no such field.</summary>
    /// <param name="naam">The field name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Veld(string naam) => Velden.FirstOrDefault(v => string.Equals(v.Naam, naam, StringComparison.Ordinal))?.Waarde;

    /// <summary>Converts a signal, identifying its cliënt as <paramref name="identificatie"/> says.</summary>
    /// <param name="signaal">The signal.</param>
    /// <param name="identificatie">How the cliënt is identified, and the secret of the pairing key.</param>
    /// <returns>The exported entry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static RapportbestandRegel Van(Signaal signaal, Identificatie identificatie)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        ArgumentNullException.ThrowIfNull(identificatie);
        return new RapportbestandRegel
        {
            Koppelsleutel = identificatie.Koppelsleutel(signaal),
            ClientId = identificatie.Client(signaal.ClientId),
            Onderwerp = identificatie.Onderwerp(signaal),
            Regel = signaal.Regel.Id,
            Velden = [.. signaal.Velden.Select(v => identificatie.Veld(signaal, v))],
            Uitleg = identificatie.Tekst(signaal, signaal.Uitleg),
            GebruiktVoorbeeldwaarde = signaal.GebruiktVoorbeeldwaarde,
        };
    }
}
