using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>Masks every run of exactly nine digits in the text of a read error: it could be a BSN.</summary>
/// <remarks>
/// Unlike <see cref="Maskering.Maskeer"/>, which masks only runs that pass the 11-proef, a read error masks every run of
/// nine digits: a value that failed to read is often a mistyped BSN, and a mistyped BSN is still personal data.
/// </remarks>
internal static class Foutmaskering
{
    /// <summary>Returns <paramref name="tekst"/> with every run of exactly nine ASCII digits masked to its last three (<c>******904</c>).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(tekst))]
    internal static string? Maskeer(string? tekst) => Maskering.MaskeerNegenCijfers(tekst);

    /// <summary>
    /// Returns <paramref name="oorzaak"/> when no message or path in its chain holds nine digits; otherwise a
    /// <see cref="System.Text.Json.JsonException"/> with the masked message and path and no stack trace or cause.
    /// </summary>
    /// <remarks>
    /// Loggers print an exception with its inner exceptions, so masking only the outer message would leak the value
    /// through the cause. The masked copy keeps what a reader of the log needs — the message, the path and the
    /// position — and gives up the original stack trace, which is in the library, not in the input.
    /// </remarks>
    internal static Exception? Ontdoe(Exception? oorzaak)
    {
        for (var e = oorzaak; e is not null; e = e.InnerException)
        {
            if (Maskering.BevatNegenCijfers(e.Message) || (e is System.Text.Json.JsonException json && Maskering.BevatNegenCijfers(json.Path)))
            {
                return oorzaak is System.Text.Json.JsonException bron
                    ? new System.Text.Json.JsonException(Maskeer(bron.Message), Maskeer(bron.Path), bron.LineNumber, bron.BytePositionInLine)
                    : new System.Text.Json.JsonException($"{oorzaak!.GetType().Name}: {Maskeer(oorzaak.Message)}");
            }
        }

        return oorzaak;
    }
}
