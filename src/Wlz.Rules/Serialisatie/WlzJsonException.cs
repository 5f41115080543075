using System.Globalization;
using System.Text.Json;

namespace Wlz.Rules.Serialisatie;

/// <summary>Thrown when JSON input cannot be read: names the line, position and JSON path of the problem.</summary>
/// <remarks>
/// The message and <see cref="JsonException.Path"/> never contain a BSN: every run of exactly nine digits in them
/// (a value such as a date that is really a BSN, or a property name) is masked to its last three digits, e.g.
/// <c>******904</c>, whichever constructor made the exception; a cause whose text would show such a run is replaced by
/// a masked copy.
/// </remarks>
public sealed class WlzJsonException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class from the underlying reader error.</summary>
    /// <param name="inner">The error of the JSON reader or converter.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="inner"/> is <see langword="null"/>.</exception>
    public WlzJsonException(JsonException inner)
        : this(inner ?? throw new ArgumentNullException(nameof(inner)), inner.Path, inner.LineNumber, inner.BytePositionInLine)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WlzJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WlzJsonException(string message)
        : base(Foutmaskering.Maskeer(message))
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
        : base(Foutmaskering.Maskeer(message), Foutmaskering.Ontdoe(innerException))
    {
    }

    /// <summary>Initializes a new instance from a reader error, with the path and 0-based position where it happened in the whole document.</summary>
    /// <remarks>The dossier reader reads each element on its own, so the serializer's path and line are relative to the element.</remarks>
    internal WlzJsonException(JsonException inner, string? path, long? regel, long? positie)
        : base(Bericht(inner.Message, path, regel, positie), Foutmaskering.Maskeer(path), regel + 1, positie + 1, Foutmaskering.Ontdoe(inner))
    {
    }

    /// <summary>Initializes a new instance for a problem the dossier reader found itself, at a 0-based position.</summary>
    internal WlzJsonException(string oorzaak, string path, long regel, long positie)
        : base(Bericht(oorzaak, path, regel, positie), Foutmaskering.Maskeer(path), regel + 1, positie + 1)
    {
    }

    private static string Bericht(string oorzaak, string? path, long? regel, long? positie)
    {
        // The serializer appends the path and position to its message, the reader the position: both are rebuilt here.
        foreach (var staart in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var knip = oorzaak.IndexOf(staart, StringComparison.Ordinal);
            if (knip >= 0)
            {
                oorzaak = oorzaak[..knip];
            }
        }

        var r = regel is { } l ? (l + 1).ToString(CultureInfo.InvariantCulture) : "?";
        var p = positie is { } b ? (b + 1).ToString(CultureInfo.InvariantCulture) : "?";

        // Only the path and the cause can quote input; the line and position are the reader's own numbers.
        return $"Invalid Wlz JSON at line {r}, position {p}, path {Foutmaskering.Maskeer(path ?? "$")}: {Foutmaskering.Maskeer(oorzaak)}";
    }
}
