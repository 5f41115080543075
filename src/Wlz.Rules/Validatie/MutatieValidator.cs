using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>
/// Validates a <see cref="Mutatie"/> on its own: toewijzing id (WLZ-V021), codes in their lists (WLZ-V022), dates in
/// range (WLZ-V019), begindatum per mutatiecode (WLZ-V011, TR066), mutatiedatum not before begindatum (WLZ-V012,
/// TR018), leveringsstatus present and allowed with the mutatiecode (WLZ-V009, WLZ-V010, TR046), and the classificatie
/// rules (WLZ-V006, WLZ-V007 for CD090; WLZ-V008 for CS131).
/// The checks against the toewijzing (TR019, TR020, TR073) are done by <see cref="DossierValidator"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class MutatieValidator : AbstractValidator<Mutatie>
{
    private readonly DossierValidatieOpties _opties;

    /// <summary>Initializes a new instance of the <see cref="MutatieValidator"/> class with the default options.</summary>
    public MutatieValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MutatieValidator"/> class.</summary>
    /// <param name="opties">The validation options.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public MutatieValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        RuleFor(m => m).Custom((mutatie, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(mutatie, new Melder(ref fouten));
            Melder.GeefDoor(fouten, context);
        });
    }

    internal static string Feit(Mutatie mutatie) =>
        $"Mutatie {(int)mutatie.Mutatiecode} op toewijzing '{Controles.Masker(mutatie.ToewijzingId)}' met mutatiedatum {Melder.Iso(mutatie.Mutatiedatum)}";

    internal void Controleer(Mutatie mutatie, in Melder melder)
    {
        var feit = Feitnaam.Van(mutatie);
        Controles.Verplicht(melder, feit, "ToewijzingId", mutatie.ToewijzingId);
        var codeBekend = Controles.Code(melder, feit, "Mutatiecode", (Mutatiecode?)mutatie.Mutatiecode);
        Controles.Code(melder, feit, "StatusAanlevering", (StatusAanlevering?)mutatie.StatusAanlevering);
        var statusBekend = Controles.Code(melder, feit, "Leveringsstatus", mutatie.Leveringsstatus);
        var classificatieBekend = Controles.Code(melder, feit, "Classificatie", mutatie.Classificatie);
        var datumsGoed = Controles.Datum(melder, _opties, feit, "Mutatiedatum", mutatie.Mutatiedatum)
            & Controles.Datum(melder, _opties, feit, "Begindatum", mutatie.Begindatum);

        if (codeBekend)
        {
            ControleerBegindatum(melder, feit, mutatie, datumsGoed);
        }

        if (mutatie.Leveringsstatus is not { } status)
        {
            melder.Fout(Foutcodes.LeveringsstatusOntbreekt, feit, "Leveringsstatus", "the mutatie has no leveringsstatus.");
            return;
        }

        if (!statusBekend)
        {
            return;
        }

        var toegestaan = IwlzCodelijsten.ToegestaneLeveringsstatussen(mutatie.Mutatiecode);
        if (codeBekend && !toegestaan.Contains(status))
        {
            melder.Fout(
                Foutcodes.LeveringsstatusNietToegestaanBijMutatiecode,
                feit,
                "Leveringsstatus",
                $"leveringsstatus {(int)status} is not allowed with mutatiecode {(int)mutatie.Mutatiecode} (allowed: {string.Join(", ", toegestaan.Select(s => (int)s).Order())}).");
        }

        if (classificatieBekend)
        {
            ControleerClassificatie(melder, feit, status, mutatie.Classificatie);
        }
    }

    private static void ControleerBegindatum(in Melder melder, Feitnaam feit, Mutatie mutatie, bool datumsGoed)
    {
        var code = (int)mutatie.Mutatiecode;
        if (mutatie.IsEindeZorg && mutatie.Begindatum is null)
        {
            melder.Fout(Foutcodes.BegindatumHoortNietBijMutatiecode, feit, "Begindatum", $"mutatiecode {code} requires the begindatum of the care that ends.");
        }
        else if (!mutatie.IsEindeZorg && mutatie.Begindatum is { } onterecht)
        {
            melder.Fout(Foutcodes.BegindatumHoortNietBijMutatiecode, feit, "Begindatum", $"mutatiecode {code} takes no begindatum, but {Melder.Iso(onterecht)} was given.");
        }
        else if (datumsGoed && mutatie.Begindatum is { } begin && mutatie.Mutatiedatum < begin)
        {
            melder.Fout(Foutcodes.MutatiedatumVoorBegindatum, feit, "Mutatiedatum", $"{Melder.Iso(mutatie.Mutatiedatum)} lies before Begindatum {Melder.Iso(begin)}.");
        }
    }

    private static void ControleerClassificatie(in Melder melder, Feitnaam feit, Leveringsstatus status, Classificatie? classificatie)
    {
        var nummer = (int)status;
        if (IwlzCodelijsten.VereistClassificatie(status))
        {
            if (classificatie is not { } c)
            {
                melder.Fout(Foutcodes.ClassificatieOntbreekt, feit, "Classificatie", $"leveringsstatus {nummer} requires a classificatie.");
                return;
            }

            var toegestaan = IwlzCodelijsten.ToegestaneClassificaties(status);
            if (!toegestaan.Contains(c))
            {
                melder.Fout(
                    Foutcodes.ClassificatieHoortNietBijLeveringsstatus,
                    feit,
                    "Classificatie",
                    $"classificatie {(int)c:00} does not belong to leveringsstatus {nummer} (allowed: {Controles.Lijst(toegestaan)}).");
            }
        }
        else if (classificatie is { } onterecht)
        {
            melder.Fout(
                Foutcodes.ClassificatieNietToegestaan,
                feit,
                "Classificatie",
                $"leveringsstatus {nummer} takes no classificatie, but {(int)onterecht:00} was given.");
        }
    }
}
