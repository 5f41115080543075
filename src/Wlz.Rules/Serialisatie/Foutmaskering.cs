using System.Text;
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
    internal static string? Maskeer(string? tekst)
    {
        if (tekst is null || !BevatNegenCijfers(tekst))
        {
            return tekst;
        }

        var resultaat = new StringBuilder(tekst.Length);
        var i = 0;
        while (i < tekst.Length)
        {
            var start = i;
            while (i < tekst.Length && char.IsAsciiDigit(tekst[i]))
            {
                i++;
            }

            if (i == start)
            {
                resultaat.Append(tekst[i]);
                i++;
                continue;
            }

            var run = tekst.AsSpan(start, i - start);
            if (run.Length == Bsn.Lengte)
            {
                resultaat.Append('*', Bsn.Lengte - Maskering.Zichtbaar).Append(run[^Maskering.Zichtbaar..]);
            }
            else
            {
                resultaat.Append(run);
            }
        }

        return resultaat.ToString();
    }

    /// <summary>Determines whether <paramref name="tekst"/> holds a run of exactly nine ASCII digits.</summary>
    internal static bool BevatNegenCijfers(string? tekst)
    {
        if (tekst is null)
        {
            return false;
        }

        var run = 0;
        foreach (var teken in tekst)
        {
            if (char.IsAsciiDigit(teken))
            {
                run++;
            }
            else
            {
                if (run == Bsn.Lengte)
                {
                    return true;
                }

                run = 0;
            }
        }

        return run == Bsn.Lengte;
    }

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
            if (BevatNegenCijfers(e.Message) || (e is System.Text.Json.JsonException json && BevatNegenCijfers(json.Path)))
            {
                return oorzaak is System.Text.Json.JsonException bron
                    ? new System.Text.Json.JsonException(Maskeer(bron.Message), Maskeer(bron.Path), bron.LineNumber, bron.BytePositionInLine)
                    : new System.Text.Json.JsonException($"{oorzaak!.GetType().Name}: {Maskeer(oorzaak.Message)}");
            }
        }

        return oorzaak;
    }
}
