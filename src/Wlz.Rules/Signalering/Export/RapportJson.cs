using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Serialisatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Writes an evaluation report as JSON (indented, camelCase, ISO dates, properties in declaration order, Dutch
/// letters unescaped) and reads it back into a <see cref="Rapportbestand"/>.
/// </summary>
public static class RapportJson
{
    /// <summary>Gets the serializer options of the report format (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = MaakOptions();

    /// <summary>Writes a report as JSON, identifying cliënten as <paramref name="identificatie"/> says.</summary>
    /// <param name="rapport">The report.</param>
    /// <param name="identificatie">How cliënten are identified.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static string Schrijf(Evaluatierapport rapport, Identificatie identificatie) => Schrijf(Rapportbestand.Van(rapport, identificatie));

    /// <summary>Writes an exported report as JSON.</summary>
    /// <param name="bestand">The exported report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bestand"/> is <see langword="null"/>.</exception>
    public static string Schrijf(Rapportbestand bestand)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        return JsonSerializer.Serialize(bestand, Options);
    }

    /// <summary>Writes one list as JSON.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    public static string Schrijf(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        return JsonSerializer.Serialize(lijst, Options);
    }

    /// <summary>Reads a report written by <see cref="Schrijf(Rapportbestand)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The exported report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WlzJsonException">Thrown when the JSON is malformed, is not a report, or has an unknown format.</exception>
    public static Rapportbestand Lees(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Rapportbestand? bestand;
        try
        {
            bestand = JsonSerializer.Deserialize<Rapportbestand>(json, Options);
        }
        catch (JsonException fout) when (fout is not WlzJsonException)
        {
            throw new WlzJsonException(fout);
        }

        if (bestand is null)
        {
            throw new WlzJsonException("The JSON holds null instead of a report.");
        }

        if (!string.Equals(bestand.Formaat, Rapportbestand.HuidigFormaat, StringComparison.Ordinal))
        {
            throw new WlzJsonException($"The JSON is not a Wlz.Rules report: format '{bestand.Formaat}', expected '{Rapportbestand.HuidigFormaat}'.");
        }

        return bestand;
    }

    private static JsonSerializerOptions MaakOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = WlzJson.MaxDiepte,
            Converters = { new LocalDateJsonConverter(), new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
