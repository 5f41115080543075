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
        return AlsTekst(stream => Schrijf(bestand, stream));
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
        return AlsTekst(stream => Schrijf(lijst, stream));
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

        ControleerFormaat(bestand.Formaat);

        return bestand;
    }

    /// <summary>
    /// Reads a report file in bounded memory: the file is read once to check it and index its entries, and each list
    /// reads its entries from the file again when enumerated (about 12 bytes per entry stay in memory).
    /// </summary>
    /// <param name="pad">The path of a report written by <see cref="Schrijf(Rapportbestand, Stream)"/>.</param>
    /// <returns>The report; its lists read the file while it exists and is unchanged.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="pad"/> is empty.</exception>
    /// <exception cref="WlzJsonException">Thrown when the file is malformed, is not a report, or has an unknown format; the message names the byte offset.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be read.</exception>
    public static Rapportbestand LeesBestand(string pad)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pad);
        using var stream = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var stroom = new JsonStroom(stream, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        try
        {
            return LeesRapport(stroom, pad);
        }
        catch (JsonException fout) when (fout is not WlzJsonException)
        {
            throw new WlzJsonException($"{Path.GetFileName(pad)}: {fout.Message} (near byte {stroom.Positie})", fout);
        }
    }

    private static Rapportbestand LeesRapport(JsonStroom stroom, string pad)
    {
        stroom.Verwacht(JsonTokenType.StartObject);
        var identificatie = default(Identificatiesoort);
        string koppeling = string.Empty, regelsetversie = string.Empty;
        var peildatum = default(NodaTime.LocalDate);
        var tellers = new RapportbestandTellers();
        var lijsten = new List<RapportbestandLijst>();
        IReadOnlyList<RapportbestandAfwijzing> afwijzingen = [];
        while (stroom.Lees() && stroom.Token == JsonTokenType.PropertyName)
        {
            switch (stroom.Tekst)
            {
                case "formaat":
                    ControleerFormaat(stroom.Waarde<string>(Options));
                    break;
                case "identificatie":
                    identificatie = stroom.Waarde<Identificatiesoort>(Options);
                    break;
                case "koppeling":
                    koppeling = stroom.Waarde<string>(Options) ?? string.Empty;
                    break;
                case "regelsetversie":
                    regelsetversie = stroom.Waarde<string>(Options) ?? string.Empty;
                    break;
                case "peildatum":
                    peildatum = stroom.Waarde<NodaTime.LocalDate>(Options);
                    break;
                case "tellers":
                    tellers = stroom.Waarde<RapportbestandTellers>(Options) ?? new();
                    break;
                case "lijsten":
                    stroom.Verwacht(JsonTokenType.StartArray);
                    while (stroom.Lees() && stroom.Token == JsonTokenType.StartObject)
                    {
                        lijsten.Add(LeesLijst(stroom, pad));
                    }

                    break;
                case "afwijzingen":
                    afwijzingen = stroom.Waarde<List<RapportbestandAfwijzing>>(Options) ?? [];
                    break;
                default:
                    throw new JsonException($"The report has an unknown property '{stroom.Tekst}'.");
            }
        }

        if (stroom.Token != JsonTokenType.EndObject)
        {
            throw new JsonException("The report ends before its closing brace.");
        }

        return new Rapportbestand
        {
            Identificatie = identificatie,
            Koppeling = koppeling,
            Regelsetversie = regelsetversie,
            Peildatum = peildatum,
            Tellers = tellers,
            Lijsten = lijsten,
            Afwijzingen = afwijzingen,
        };
    }

    private static RapportbestandLijst LeesLijst(JsonStroom stroom, string pad)
    {
        string code = string.Empty, titel = string.Empty, gevraagdeActie = string.Empty;
        string? zorgaanbieder = null;
        var cadans = default(Cadans);
        IReadOnlyList<RapportbestandBron> bronnen = [];
        IReadOnlyList<RapportbestandRegel> regels = [];
        while (stroom.Lees() && stroom.Token == JsonTokenType.PropertyName)
        {
            switch (stroom.Tekst)
            {
                case "code": code = stroom.Waarde<string>(Options) ?? string.Empty; break;
                case "titel": titel = stroom.Waarde<string>(Options) ?? string.Empty; break;
                case "cadans": cadans = stroom.Waarde<Cadans>(Options); break;
                case "gevraagdeActie": gevraagdeActie = stroom.Waarde<string>(Options) ?? string.Empty; break;
                case "zorgaanbieder": zorgaanbieder = stroom.Waarde<string>(Options); break;
                case "bronnen": bronnen = stroom.Waarde<List<RapportbestandBron>>(Options) ?? []; break;
                case "regels": regels = IndexeerRegels(stroom, pad); break;
                default: throw new JsonException($"A list of the report has an unknown property '{stroom.Tekst}'.");
            }
        }

        return new RapportbestandLijst { Code = code, Titel = titel, Cadans = cadans, GevraagdeActie = gevraagdeActie, Zorgaanbieder = zorgaanbieder, Bronnen = bronnen, Regels = regels };
    }

    /// <summary>Checks every entry of a list by reading it once, and keeps only where it lies in the file.</summary>
    private static OpgeslagenRegels IndexeerRegels(JsonStroom stroom, string pad)
    {
        stroom.Verwacht(JsonTokenType.StartArray);
        var posities = new List<long>();
        var lengtes = new List<int>();
        while (stroom.VolgendeWaarde<RapportbestandRegel>(Options, out var regel, out var begin, out var lengte))
        {
            if (regel is null)
            {
                throw new JsonException($"An entry of the report is null (byte {begin}).");
            }

            posities.Add(begin);
            lengtes.Add(lengte);
        }

        var p = posities.ToArray();
        var l = lengtes.ToArray();
        return OpgeslagenRegels.InBestand(pad, p.Length, i => (p[i], l[i]), Options);
    }

    /// <exception cref="WlzJsonException">Thrown when the format marker is not the one this version reads.</exception>
    private static void ControleerFormaat(string? formaat)
    {
        if (!string.Equals(formaat, Rapportbestand.HuidigFormaat, StringComparison.Ordinal))
        {
            throw new WlzJsonException($"The JSON is not a Wlz.Rules report: format '{formaat}', expected '{Rapportbestand.HuidigFormaat}'.");
        }
    }

    /// <summary>Runs a stream writer into memory and returns what it wrote as text.</summary>
    private static string AlsTekst(Action<Stream> schrijf)
    {
        using var buffer = new MemoryStream();
        schrijf(buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
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
