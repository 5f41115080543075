using System.Text.Json;

namespace Wlz.Rules.Serialisatie;

/// <summary>Thrown when JSON input cannot be read: names the line, position and JSON path of the problem.</summary>
/// <remarks>The message never contains a BSN value: the converters do not echo identifying values.</remarks>
public sealed class WlzJsonException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class from the underlying reader error.</summary>
    /// <param name="inner">The error of the JSON reader or converter.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="inner"/> is <see langword="null"/>.</exception>
    public WlzJsonException(JsonException inner)
        : base(Bericht(inner ?? throw new ArgumentNullException(nameof(inner))), inner.Path, inner.LineNumber + 1, inner.BytePositionInLine + 1, inner)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WlzJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class.</summary>
    public WlzJsonException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WlzJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private static string Bericht(JsonException inner)
    {
        var oorzaak = inner.Message;
        var knip = oorzaak.IndexOf(" Path: ", StringComparison.Ordinal);
        if (knip >= 0)
        {
            oorzaak = oorzaak[..knip];
        }

        var regel = inner.LineNumber is { } l ? (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var positie = inner.BytePositionInLine is { } p ? (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        return $"Invalid Wlz JSON at line {regel}, position {positie}, path {inner.Path ?? "$"}: {oorzaak}";
    }
}
