using System.Text;
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
    /// <remarks>For small reports and tests; a population's report is written to a stream with <see cref="Schrijf(Rapportbestand, Stream)"/>.</remarks>
    public static string Schrijf(Rapportbestand bestand)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        using var buffer = new MemoryStream();
        Schrijf(bestand, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes an exported report as UTF-8 JSON (without BOM) to a stream, entry by entry: memory stays bounded whatever
    /// the number of entries (the lists of a <see cref="Rapportopbouw"/> are read from its spool as they are written).
    /// </summary>
    /// <param name="bestand">The exported report.</param>
    /// <param name="uitvoer">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Thrown when the stream cannot be written.</exception>
    public static void Schrijf(Rapportbestand bestand, Stream uitvoer)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        ArgumentNullException.ThrowIfNull(uitvoer);
        using var writer = new Utf8JsonWriter(uitvoer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("formaat", bestand.Formaat);
        writer.WritePropertyName("identificatie");
        JsonSerializer.Serialize(writer, bestand.Identificatie, Options);
        writer.WriteString("koppeling", bestand.Koppeling);
        writer.WriteString("regelsetversie", bestand.Regelsetversie);
        writer.WritePropertyName("peildatum");
        JsonSerializer.Serialize(writer, bestand.Peildatum, Options);
        writer.WritePropertyName("tellers");
        JsonSerializer.Serialize(writer, bestand.Tellers, Options);
        writer.WriteStartArray("lijsten");
        foreach (var lijst in bestand.Lijsten)
        {
            SchrijfLijst(writer, lijst);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("afwijzingen");
        writer.WriteStartArray();
        foreach (var afwijzing in bestand.Afwijzingen)
        {
            JsonSerializer.Serialize(writer, afwijzing, Options);
            LeegBijVol(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one list as JSON.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    public static string Schrijf(RapportbestandLijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        using var buffer = new MemoryStream();
        Schrijf(lijst, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one list as UTF-8 JSON (without BOM) to a stream, entry by entry.</summary>
    /// <param name="lijst">The list.</param>
    /// <param name="uitvoer">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Thrown when the stream cannot be written.</exception>
    public static void Schrijf(RapportbestandLijst lijst, Stream uitvoer)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        ArgumentNullException.ThrowIfNull(uitvoer);
        using var writer = new Utf8JsonWriter(uitvoer, WriterOptions);
        SchrijfLijst(writer, lijst);
        writer.Flush();
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

    private static JsonWriterOptions WriterOptions => new() { Indented = true, Encoder = Options.Encoder, MaxDepth = Options.MaxDepth };

    private static void SchrijfLijst(Utf8JsonWriter writer, RapportbestandLijst lijst)
    {
        writer.WriteStartObject();
        writer.WriteString("code", lijst.Code);
        writer.WriteString("titel", lijst.Titel);
        writer.WritePropertyName("cadans");
        JsonSerializer.Serialize(writer, lijst.Cadans, Options);
        writer.WriteString("gevraagdeActie", lijst.GevraagdeActie);
        writer.WriteString("zorgaanbieder", lijst.Zorgaanbieder);
        writer.WritePropertyName("bronnen");
        JsonSerializer.Serialize(writer, lijst.Bronnen, Options);
        writer.WriteStartArray("regels");
        foreach (var regel in lijst.Regels)
        {
            JsonSerializer.Serialize(writer, regel, Options);
            LeegBijVol(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        LeegBijVol(writer);
    }

    /// <summary>Hands the written bytes to the stream every 64 KiB, so the writer's buffer never holds a whole list.</summary>
    private static void LeegBijVol(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
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
