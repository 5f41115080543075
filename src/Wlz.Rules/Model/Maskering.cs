using System.Text;

namespace Wlz.Rules.Model;

/// <summary>Masks citizen service numbers in text that travels to logs and tickets.</summary>
internal static class Maskering
{
    /// <summary>The number of trailing characters left visible.</summary>
    internal const int Zichtbaar = 3;

    /// <summary>The longest key rendered in messages; longer keys are cut off.</summary>
    internal const int MaxLengte = 80;

    /// <summary>Masks all but the last three characters of <paramref name="waarde"/>.</summary>
    internal static string MaskeerWaarde(string waarde)
    {
        if (waarde.Length <= Zichtbaar)
        {
            return new string('*', waarde.Length);
        }

        return string.Concat(new string('*', waarde.Length - Zichtbaar), waarde.AsSpan(waarde.Length - Zichtbaar));
    }

    /// <summary>Masks a value that failed validation: all but the last three characters, or only its length when it is overlong.</summary>
    internal static string MaskeerOnbekend(string waarde) =>
        waarde.Length > Bsn.MaxInvoerLengte ? $"<{waarde.Length} characters>" : MaskeerWaarde(waarde);

    /// <summary>
    /// Masks a dossier or client key: a key of digits only (a BSN, valid or not) shows its last three digits only;
    /// any other key is masked with <see cref="Maskeer"/>.
    /// </summary>
    internal static string MaskeerSleutel(string? sleutel)
    {
        if (string.IsNullOrEmpty(sleutel))
        {
            return "<zonder sleutel>";
        }

        return sleutel.Length <= Bsn.MaxInvoerLengte && !sleutel.AsSpan().ContainsAnyExceptInRange('0', '9') ? MaskeerWaarde(sleutel) : Maskeer(sleutel);
    }

    /// <summary>
    /// Masks every run of nine digits that passes the 11-proef (it could be a BSN) and cuts off overlong text,
    /// so that an id or key built from a BSN can be printed safely in a one-line message.
    /// </summary>
    internal static string Maskeer(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return string.Empty;
        }

        return MaskeerBsns(tekst.Length > MaxLengte ? string.Concat(tekst.AsSpan(0, MaxLengte), "…") : tekst);
    }

    /// <summary>
    /// Masks every run of exactly nine digits that passes the 11-proef (it could be a BSN) to its last three digits,
    /// and keeps the rest of the text whole: for explanations and subjects in exports.
    /// </summary>
    /// <remarks>A run of nine digits that fails the 11-proef is never a BSN and is kept (e.g. a besluitnummer).</remarks>
    internal static string MaskeerBsns(string? tekst) => string.IsNullOrEmpty(tekst) ? string.Empty : MaskeerRuns(tekst, alleenElfproef: true);

    /// <summary>
    /// Masks every run of exactly nine digits, whether or not it passes the 11-proef: for read errors, where a value
    /// that failed to read is often a mistyped BSN, and a mistyped BSN is still personal data.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(tekst))]
    internal static string? MaskeerNegenCijfers(string? tekst) => tekst is null ? null : MaskeerRuns(tekst, alleenElfproef: false);

    /// <summary>Determines whether the text holds a run of exactly nine digits (any, as <see cref="MaskeerNegenCijfers"/> masks).</summary>
    internal static bool BevatNegenCijfers(string? tekst)
    {
        var positie = 0;
        return tekst is not null && VindRun(tekst, ref positie, alleenElfproef: false, out _);
    }

    /// <summary>The one scan behind both rules: copies the text, masking each run of nine digits the rule selects; the text itself when none.</summary>
    private static string MaskeerRuns(string tekst, bool alleenElfproef)
    {
        StringBuilder? resultaat = null;
        var gekopieerd = 0;
        var positie = 0;
        while (VindRun(tekst, ref positie, alleenElfproef, out var start))
        {
            resultaat ??= new StringBuilder(tekst.Length);
            resultaat.Append(tekst, gekopieerd, start - gekopieerd)
                .Append('*', Bsn.Lengte - Zichtbaar)
                .Append(tekst, positie - Zichtbaar, Zichtbaar);
            gekopieerd = positie;
        }

        return resultaat is null ? tekst : resultaat.Append(tekst, gekopieerd, tekst.Length - gekopieerd).ToString();
    }

    /// <summary>
    /// Finds the next run of exactly nine digits from <paramref name="positie"/> that the rule selects (with
    /// <paramref name="alleenElfproef"/>, only runs that pass the 11-proef); leaves <paramref name="positie"/> after it.
    /// </summary>
    private static bool VindRun(string tekst, ref int positie, bool alleenElfproef, out int start)
    {
        while (positie < tekst.Length)
        {
            if (!char.IsAsciiDigit(tekst[positie]))
            {
                positie++;
                continue;
            }

            start = positie;
            while (positie < tekst.Length && char.IsAsciiDigit(tekst[positie]))
            {
                positie++;
            }

            if (positie - start == Bsn.Lengte && (!alleenElfproef || Bsn.VoldoetAanElfproef(tekst.AsSpan(start, Bsn.Lengte))))
            {
                return true;
            }
        }

        start = -1;
        return false;
    }
}
