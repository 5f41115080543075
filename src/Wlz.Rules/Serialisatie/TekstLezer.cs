using System.Globalization;
using System.Text.Json;

namespace Wlz.Rules.Serialisatie;

/// <summary>Reads a short string or number token for the code converters without ever echoing its value.</summary>
internal static class TekstLezer
{
    internal static string LeesTekst(ref Utf8JsonReader reader, string wat, int maxLengte)
    {
        string? tekst = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt64(out var getal) => getal.ToString(CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected a {wat} as a string, found {reader.TokenType}."),
        };

        if (tekst is null || tekst.Length > maxLengte)
        {
            throw new JsonException($"The {wat} has {tekst?.Length ?? 0} characters; at most {maxLengte} are accepted.");
        }

        return tekst;
    }
}
