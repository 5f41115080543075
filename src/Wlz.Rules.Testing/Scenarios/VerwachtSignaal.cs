using System.Globalization;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Testing.Scenarios;

/// <summary>One signal a <see cref="Scenario"/> expects: which list, zorgaanbieder, cliënt and subject, and optionally some field values.</summary>
public sealed class VerwachtSignaal
{
    /// <summary>Gets the list code (<see cref="Lijstdefinitie.Code"/>).</summary>
    public string Lijst { get; init; } = string.Empty;

    /// <summary>Gets the zorgaanbieder as the signal names it; <see langword="null"/> for the zorgkantoor's own actions.</summary>
    public string? Zorgaanbieder { get; init; }

    /// <summary>Gets the cliënt key as the signal names it.</summary>
    public string ClientId { get; init; } = string.Empty;

    /// <summary>Gets the subject (toewijzing id, …); <see langword="null"/> when the signal has none.</summary>
    public string? Onderwerp { get; init; }

    /// <summary>Gets field values that must match (<see cref="Signaal.Velden"/> by name); fields not named are not checked.</summary>
    public IReadOnlyDictionary<string, string> Velden { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets a value indicating whether <paramref name="signaal"/> is this expected signal.</summary>
    /// <param name="signaal">The actual signal.</param>
    /// <returns><see langword="true"/> when list, zorgaanbieder, cliënt, subject and every named field match.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="signaal"/> is <see langword="null"/>.</exception>
    public bool Past(Signaal signaal)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        if (!string.Equals(signaal.Lijst.Code, Lijst, StringComparison.Ordinal)
            || !string.Equals(signaal.Zorgaanbieder, Zorgaanbieder, StringComparison.Ordinal)
            || !string.Equals(signaal.ClientId.Waarde, ClientId, StringComparison.Ordinal)
            || !string.Equals(signaal.Onderwerp, Onderwerp, StringComparison.Ordinal))
        {
            return false;
        }

        var velden = signaal.Velden;
        foreach (var (naam, waarde) in Velden)
        {
            if (!velden.Any(v => string.Equals(v.Naam, naam, StringComparison.Ordinal) && string.Equals(v.Waarde, waarde, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var velden = Velden.Count == 0 ? string.Empty : " {" + string.Join(", ", Velden.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")) + "}";
        return string.Create(CultureInfo.InvariantCulture, $"{Lijst} | {Zorgaanbieder ?? "zorgkantoor"} | {ClientId} | {Onderwerp ?? "-"}{velden}");
    }
}
