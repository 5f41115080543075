using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Serialisatie;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO date string, <c>yyyy-MM-dd</c>.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO date string (yyyy-MM-dd), found {reader.TokenType}.");
        }

        var tekst = reader.GetString() ?? string.Empty;
        var resultaat = tekst.Length == 10 ? LocalDatePattern.Iso.Parse(tekst) : null;
        if (resultaat is null || !resultaat.Success)
        {
            var getoond = tekst.Length > 20 ? $"<{tekst.Length} characters>" : $"'{tekst}'";
            throw new JsonException($"The value {getoond} is not an ISO date (yyyy-MM-dd).");
        }

        return resultaat.Value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
