using System.Text.Json;
using System.Text.Json.Serialization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>Reads and writes a <see cref="Bsn"/> as a string of digits.</summary>
/// <remarks>
/// Reading checks the length only: a number that fails the 11-proef is read, so that validation can reject the
/// dossier with <see cref="Validatie.Foutcodes.BsnOngeldig"/> instead of failing the whole read. Error messages never
/// show the value. Writing writes the full number: the JSON is data, not a log.
/// </remarks>
public sealed class BsnJsonConverter : JsonConverter<Bsn>
{
    /// <inheritdoc/>
    public override Bsn Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = TekstLezer.LeesTekst(ref reader, "BSN", Bsn.MaxInvoerLengte);
        return new Bsn(tekst);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Bsn value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Waarde);
    }
}
