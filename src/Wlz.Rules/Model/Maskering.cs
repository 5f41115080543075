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
    internal static string MaskeerBsns(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return string.Empty;
        }

        if (!BevatBsn(tekst))
        {
            return tekst;
        }

        var resultaat = new StringBuilder(tekst.Length);
        var i = 0;
        while (i < tekst.Length)
        {
            if (!char.IsAsciiDigit(tekst[i]))
            {
                resultaat.Append(tekst[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < tekst.Length && char.IsAsciiDigit(tekst[i]))
            {
                i++;
            }

            var run = tekst[start..i];
            resultaat.Append(run.Length == Bsn.Lengte && Bsn.VoldoetAanElfproef(run) ? MaskeerWaarde(run) : run);
        }

        return resultaat.ToString();
    }

    /// <summary>Determines whether the text holds a run of exactly nine digits that passes the 11-proef.</summary>
    internal static bool BevatBsn(ReadOnlySpan<char> tekst)
    {
        var i = 0;
        while (i < tekst.Length)
        {
            if (!char.IsAsciiDigit(tekst[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < tekst.Length && char.IsAsciiDigit(tekst[i]))
            {
                i++;
            }

            if (i - start == Bsn.Lengte && Bsn.VoldoetAanElfproef(tekst[start..i].ToString()))
            {
                return true;
            }
        }

        return false;
    }
}
