using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>The field checks shared by the fact validators.</summary>
internal static class Controles
{
    internal static string Masker(string? tekst) => Maskering.Maskeer(tekst);

    internal static bool Datum(in Melder melder, DossierValidatieOpties opties, Feitnaam feit, string veld, LocalDate? datum) =>
        Datum(melder, opties.VroegsteDatum, opties.LaatsteDatum, feit, veld, datum);

    internal static bool Datum(in Melder melder, LocalDate vroegst, LocalDate laatst, Feitnaam feit, string veld, LocalDate? datum)
    {
        if (datum is not { } d)
        {
            return true;
        }

        if (d < vroegst || d > laatst)
        {
            melder.Fout(
                Foutcodes.DatumBuitenBereik,
                feit,
                veld,
                $"{Melder.Iso(d)} lies outside the supported dates {Melder.Iso(vroegst)} to {Melder.Iso(laatst)}.");
            return false;
        }

        return true;
    }

    internal static bool Verplicht(in Melder melder, Feitnaam feit, string veld, object? waarde)
    {
        if (waarde is null || (waarde is string s && string.IsNullOrWhiteSpace(s)))
        {
            melder.Fout(Foutcodes.VeldOntbreekt, feit, veld, "the field is required.");
            return false;
        }

        return true;
    }

    internal static bool Code<TEnum>(in Melder melder, Feitnaam feit, string veld, TEnum? waarde)
        where TEnum : struct, Enum
    {
        if (waarde is { } w && !Enum.IsDefined(w))
        {
            melder.Fout(
                Foutcodes.OnbekendeCode,
                feit,
                veld,
                $"{Masker(Convert.ToInt64(w, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))} is not a code of {typeof(TEnum).Name}.");
            return false;
        }

        return true;
    }

    internal static void Periode(in Melder melder, Feitnaam feit, LocalDate ingangsdatum, LocalDate? einddatum)
    {
        if (einddatum is { } eind && eind < ingangsdatum)
        {
            melder.Fout(Foutcodes.EinddatumVoorIngangsdatum, feit, "Einddatum", $"{Melder.Iso(eind)} lies before Ingangsdatum {Melder.Iso(ingangsdatum)}.");
        }
    }

    internal static void Besluitnummer(in Melder melder, Feitnaam feit, string? besluitnummer)
    {
        if (!Verplicht(melder, feit, "Besluitnummer", besluitnummer))
        {
            return;
        }

        var geldig = besluitnummer!.Length <= 9 && besluitnummer[0] != '0' && !besluitnummer.AsSpan().ContainsAnyExceptInRange('0', '9');
        if (!geldig)
        {
            melder.Fout(Foutcodes.BesluitnummerOngeldig, feit, "Besluitnummer", $"'{Masker(besluitnummer)}' is not a number from 1 to 999999999.");
        }
    }

    internal static string Lijst<T>(IEnumerable<T> codes)
        where T : struct, Enum =>
        string.Join(", ", codes.Select(c => Convert.ToInt32(c, CultureInfo.InvariantCulture)).Order().Select(c => c.ToString("00", CultureInfo.InvariantCulture)));
}
