using System.Text.Json;
using System.Text.Json.Serialization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>Reads and writes an <see cref="AgbCode"/> as a string of digits; a malformed code is read and left to validation.</summary>
public sealed class AgbCodeJsonConverter : JsonConverter<AgbCode>
{
    /// <inheritdoc/>
    public override AgbCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = TekstLezer.LeesTekst(ref reader, "AGB code", Bsn.MaxInvoerLengte);
        return new AgbCode(tekst);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AgbCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Waarde);
    }
}
