using FluentValidation;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>
/// Validates a <see cref="Maz"/> on its own: toewijzing id (WLZ-V021), status aanlevering (WLZ-V022), dates in range
/// (WLZ-V019), sleuteldatum before the begindatum (WLZ-V015, CS088) and at most 14 days before it (WLZ-V016).
/// The checks against the toewijzing (TR017, TR019) are done by <see cref="DossierValidator"/>.
/// </summary>
/// <remarks>
/// CS088: "Vullen met een datum die kleiner is dan de Begindatum." The 14-day window is the parameter
/// <see cref="Parameters.WlzParameters.MaxSleuteldatumDagenVoorBegindatum"/> in force on the begindatum.
/// Stateless and thread-safe.
/// </remarks>
public sealed class MazValidator : AbstractValidator<Maz>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="MazValidator"/> class with the default options.</summary>
    public MazValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MazValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public MazValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(m => m).Custom((maz, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(maz, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal static string Feit(Maz maz) => $"MAZ op toewijzing '{Controles.Masker(maz.ToewijzingId)}' met begindatum {Melder.Iso(maz.Begindatum)}";

    internal void Controleer(Maz maz, in Melder melder)
    {
        var feit = Feitnaam.Van(maz);
        Controles.Verplicht(melder, feit, "ToewijzingId", maz.ToewijzingId);
        Controles.Code(melder, feit, "StatusAanlevering", (StatusAanlevering?)maz.StatusAanlevering);
        var datumsGoed = Controles.Datum(melder, _opties, feit, "Begindatum", maz.Begindatum)
            & Controles.Datum(melder, _opties, feit, "Sleuteldatum", maz.Sleuteldatum);
        if (!datumsGoed || maz.Sleuteldatum is not { } sleuteldatum)
        {
            return;
        }

        if (sleuteldatum >= maz.Begindatum)
        {
            melder.Fout(
                Foutcodes.SleuteldatumNietVoorBegindatum,
                feit,
                "Sleuteldatum",
                $"{Melder.Iso(sleuteldatum)} is not before Begindatum {Melder.Iso(maz.Begindatum)}; leave it empty when it equals the begindatum.");
            return;
        }

        var maxDagen = MaxDagen(maz.Begindatum);
        var dagen = Period.DaysBetween(sleuteldatum, maz.Begindatum);
        if (dagen > maxDagen)
        {
            melder.Fout(
                Foutcodes.SleuteldatumTeVroeg,
                feit,
                "Sleuteldatum",
                $"{Melder.Iso(sleuteldatum)} lies {dagen} days before Begindatum {Melder.Iso(maz.Begindatum)}; at most {maxDagen} are allowed.");
        }
    }

    private int MaxDagen(LocalDate begindatum)
    {
        var parameter = _opties.Parameters.MaxSleuteldatumDagenVoorBegindatum;
        return parameter.Waarden.Count > 0 && parameter.Waarden[0].GeldigVanaf <= begindatum
            ? parameter.OpDatum(begindatum).Waarde
            : parameter.Waarden[0].Waarde;
    }
}
