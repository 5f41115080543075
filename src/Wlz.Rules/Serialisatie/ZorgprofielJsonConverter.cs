using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>
/// Reads a <see cref="Zorgprofiel"/> from its COD163 code (number <c>753</c> or string <c>"753"</c>) or its display name
/// (<c>"4VV"</c>); writes the numeric code.
/// </summary>
public sealed class ZorgprofielJsonConverter : JsonConverter<Zorgprofiel>
{
    /// <inheritdoc/>
    public override Zorgprofiel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = TekstLezer.LeesTekst(ref reader, "zorgprofiel code", 16);
        var zorgprofiel = int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? Zorgprofielen.Vind(code)
            : Zorgprofielen.VindOpWeergave(tekst);
        return zorgprofiel ?? throw new JsonException($"The value '{Maskering.Maskeer(tekst)}' is not a zorgprofiel code in COD163.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Zorgprofiel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteNumberValue(value.Code);
    }
}
