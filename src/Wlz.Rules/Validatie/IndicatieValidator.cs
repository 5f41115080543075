using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>Validates an <see cref="Indicatie"/>: besluitnummer (WLZ-V023), zorgprofiel (WLZ-V021), dates in range (WLZ-V019) and einddatum not before ingangsdatum (WLZ-V004, CS003).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class IndicatieValidator : AbstractValidator<Indicatie>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="IndicatieValidator"/> class with the default options.</summary>
    public IndicatieValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IndicatieValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public IndicatieValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(i => i).Custom((indicatie, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(indicatie, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal static string Feit(Indicatie indicatie) => $"Indicatie '{Controles.Masker(indicatie.Besluitnummer)}'";

    internal void Controleer(Indicatie indicatie, in Melder melder)
    {
        var feit = Feitnaam.Van(indicatie);
        Controles.Besluitnummer(melder, feit, indicatie.Besluitnummer);
        Controles.Verplicht(melder, feit, "Zorgprofiel", indicatie.Zorgprofiel);
        var datumsGoed = Controles.Datum(melder, _opties, feit, "Ingangsdatum", indicatie.Ingangsdatum)
            & Controles.Datum(melder, _opties, feit, "Einddatum", indicatie.Einddatum);
        if (datumsGoed)
        {
            Controles.Periode(melder, feit, indicatie.Ingangsdatum, indicatie.Einddatum);
        }
    }
}
