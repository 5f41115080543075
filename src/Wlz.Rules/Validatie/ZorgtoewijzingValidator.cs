using System.Globalization;
using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>
/// Validates a <see cref="Zorgtoewijzing"/>: id, besluitnummer and zorgprofiel present (WLZ-V021, WLZ-V023), AGB code
/// of eight digits (WLZ-V003), codes in their lists (WLZ-V022), percentage (WLZ-V005, CS129/CS130), dates in range
/// (WLZ-V019), einddatum not before ingangsdatum (WLZ-V004, CS003) and ontvangstdatum not before toewijzingsdatum (WLZ-V026).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ZorgtoewijzingValidator : AbstractValidator<Zorgtoewijzing>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="ZorgtoewijzingValidator"/> class with the default options.</summary>
    public ZorgtoewijzingValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ZorgtoewijzingValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public ZorgtoewijzingValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(t => t).Custom((toewijzing, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(toewijzing, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal static string Feit(Zorgtoewijzing toewijzing) => $"Zorgtoewijzing '{Controles.Masker(toewijzing.Id)}'";

    internal void Controleer(Zorgtoewijzing toewijzing, in Melder melder)
    {
        var feit = Feitnaam.Van(toewijzing);
        Controles.Verplicht(melder, feit, "Id", toewijzing.Id);
        Controles.Besluitnummer(melder, feit, toewijzing.Besluitnummer);
        Controles.Verplicht(melder, feit, "Zorgprofiel", toewijzing.Zorgprofiel);
        if (Controles.Verplicht(melder, feit, "Zorgaanbieder", toewijzing.Zorgaanbieder) && !toewijzing.Zorgaanbieder.IsGeldig)
        {
            melder.Fout(Foutcodes.AgbCodeOngeldig, feit, "Zorgaanbieder", $"AGB code '{Maskering.MaskeerOnbekend(toewijzing.Zorgaanbieder.Waarde)}' is not eight digits.");
        }

        Controles.Code(melder, feit, "Soort", (SoortToewijzing?)toewijzing.Soort);
        var leveringsvormBekend = Controles.Code(melder, feit, "Leveringsvorm", (Leveringsvorm?)toewijzing.Leveringsvorm);
        Controles.Code(melder, feit, "RedenIntrekking", toewijzing.RedenIntrekking);
        ControleerPercentage(melder, feit, toewijzing, leveringsvormBekend);

        var datumsGoed = Controles.Datum(melder, _opties, feit, "Toewijzingsdatum", toewijzing.Toewijzingsdatum)
            & Controles.Datum(melder, _opties, feit, "Ontvangstdatum", toewijzing.Ontvangstdatum)
            & Controles.Datum(melder, _opties, feit, "Ingangsdatum", toewijzing.Ingangsdatum)
            & Controles.Datum(melder, _opties, feit, "Einddatum", toewijzing.Einddatum);
        if (!datumsGoed)
        {
            return;
        }

        Controles.Periode(melder, feit, toewijzing.Ingangsdatum, toewijzing.Einddatum);
        if (toewijzing.Ontvangstdatum is { } ontvangen && ontvangen < toewijzing.Toewijzingsdatum)
        {
            melder.Fout(
                Foutcodes.OntvangstdatumVoorToewijzingsdatum,
                feit,
                "Ontvangstdatum",
                $"{Melder.Iso(ontvangen)} lies before Toewijzingsdatum {Melder.Iso(toewijzing.Toewijzingsdatum)}.");
        }
    }

    private static void ControleerPercentage(in Melder melder, Feitnaam feit, Zorgtoewijzing toewijzing, bool leveringsvormBekend)
    {
        var percentage = toewijzing.Percentage;
        var heel = decimal.Truncate(percentage) == percentage || (leveringsvormBekend && toewijzing.Leveringsvorm == Leveringsvorm.Pgb);
        if (percentage <= 0m || percentage > 100m || !heel)
        {
            var toelichting = toewijzing.Leveringsvorm == Leveringsvorm.Pgb ? "a percentage above 0 and at most 100" : "a whole percentage from 1 to 100";
            melder.Fout(
                Foutcodes.PercentageOngeldig,
                feit,
                "Percentage",
                $"{percentage.ToString(CultureInfo.InvariantCulture)} is not {toelichting}.");
        }
    }
}
