using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>Validates an <see cref="Aat"/> on its own: toewijzing id and zorgprofiel (WLZ-V021), codes (WLZ-V022), dates in range (WLZ-V019) and the requested period (WLZ-V004).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class AatValidator : AbstractValidator<Aat>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="AatValidator"/> class with the default options.</summary>
    public AatValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AatValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public AatValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(a => a).Custom((aat, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(aat, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal static string Feit(Aat aat) => $"AAT op toewijzing '{Controles.Masker(aat.ToewijzingId)}' ontvangen {Melder.Iso(aat.Ontvangstdatum)}";

    internal void Controleer(Aat aat, in Melder melder)
    {
        var feit = Feitnaam.Van(aat);
        Controles.Verplicht(melder, feit, "ToewijzingId", aat.ToewijzingId);
        Controles.Verplicht(melder, feit, "Zorgprofiel", aat.Zorgprofiel);
        Controles.Code(melder, feit, "Leveringsvorm", (Leveringsvorm?)aat.Leveringsvorm);
        Controles.Code(melder, feit, "StatusAanlevering", (StatusAanlevering?)aat.StatusAanlevering);
        var datumsGoed = Controles.Datum(melder, _opties, feit, "Ontvangstdatum", aat.Ontvangstdatum)
            & Controles.Datum(melder, _opties, feit, "Ingangsdatum", aat.Ingangsdatum)
            & Controles.Datum(melder, _opties, feit, "Einddatum", aat.Einddatum);
        if (datumsGoed)
        {
            Controles.Periode(melder, feit, aat.Ingangsdatum, aat.Einddatum);
        }
    }
}
