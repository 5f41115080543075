using Wlz.Rules.Engine;
using Wlz.Rules.Model;

namespace Wlz.Rules.Signalering.Export;

/// <summary>One exported entry of a list: a <see cref="Signaal"/> as plain data.</summary>
public sealed class RapportbestandRegel
{
    /// <summary>Gets the identity of the entry across runs (<see cref="Signaal.Sleutel"/>, with possible BSNs masked).</summary>
    public string Sleutel { get; init; } = string.Empty;

    /// <summary>Gets the key of the cliënt.</summary>
    public string ClientId { get; init; } = string.Empty;

    /// <summary>Gets the id of the toewijzing (or other subject) the entry is about, if any.</summary>
    public string? Onderwerp { get; init; }

    /// <summary>Gets the id of the rule that produced the entry.</summary>
    public string Regel { get; init; } = string.Empty;

    /// <summary>Gets the source sentences the rule implements.</summary>
    public IReadOnlyList<RuleSource> Bronnen { get; init; } = [];

    /// <summary>Gets the named, formatted values of the entry, in display order.</summary>
    public IReadOnlyList<Signaalveld> Velden { get; init; } = [];

    /// <summary>Gets the explanation of the entry.</summary>
    public string Uitleg { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether a computed value used an example parameter value.</summary>
    public bool GebruiktVoorbeeldwaarde { get; init; }

    /// <summary>Gets the value of the field named <paramref name="naam"/>, or <see langword="null"/> when the entry has no such field.</summary>
    /// <param name="naam">The field name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Veld(string naam) => Velden.FirstOrDefault(v => string.Equals(v.Naam, naam, StringComparison.Ordinal))?.Waarde;

    /// <summary>
    /// Converts a signal. Exports travel to files, mail and tickets, so every run of nine digits that passes the
    /// 11-proef (a possible BSN) in the key, cliënt, subject and explanation is masked to its last three digits.
    /// </summary>
    /// <param name="signaal">The signal.</param>
    /// <returns>The exported entry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="signaal"/> is <see langword="null"/>.</exception>
    public static RapportbestandRegel Van(Signaal signaal)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        return new RapportbestandRegel
        {
            Sleutel = Maskering.Maskeer(signaal.Sleutel),
            ClientId = Maskering.Maskeer(signaal.ClientId),
            Onderwerp = signaal.Onderwerp is null ? null : Maskering.Maskeer(signaal.Onderwerp),
            Regel = signaal.Regel.Id,
            Bronnen = [.. signaal.Regel.Sources],
            Velden = [.. signaal.Velden],
            Uitleg = Maskering.Maskeer(signaal.Uitleg),
            GebruiktVoorbeeldwaarde = signaal.GebruiktVoorbeeldwaarde,
        };
    }
}
