using System.Globalization;
using FluentValidation;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>
/// Validates a whole <see cref="Dossier"/> and returns every failure in it: the field rules of each fact validator,
/// plus the referential rules that need the dossier.
/// </summary>
/// <remarks>
/// <para>Referential rules:</para>
/// <list type="bullet">
/// <item>WLZ-V017 (TR019): "De melding aanvang zorg of de mutatie moet gerelateerd zijn aan een zorgtoewijzing" — a MAZ, MUT or AAT whose ToewijzingId matches no toewijzing of the dossier.</item>
/// <item>WLZ-V018: two toewijzingen with the same id (the id is the key everything joins on; TR074 requires unique keys).</item>
/// <item>WLZ-V013, WLZ-V014 (TR017): "Begindatum en (indien van toepassing) Sleuteldatum van een geleverde zorgeenheid moeten vallen binnen de geldigheidsduur van de zorgtoewijzing."</item>
/// <item>WLZ-V024 (TR020): "Mutatiedatum per geleverde zorgeenheid mag niet voorbij de Einddatum van de bijbehorende toewijzing liggen."</item>
/// <item>WLZ-V025 (TR073): mutatiecode 12 is allowed on a Regulier toewijzing only.</item>
/// </list>
/// <para>
/// Hostile input: a dossier with more than <see cref="DossierValidatieOpties.MaxFeitenPerDossier"/> facts is rejected
/// with WLZ-V020 without checking its facts; dates outside the supported range give WLZ-V019. Validation never throws
/// for bad content. Every message starts with the masked dossier key and never contains a full BSN.
/// Stateless and thread-safe: one instance can validate many dossiers in parallel.
/// </para>
/// </remarks>
public sealed class DossierValidator : AbstractValidator<Dossier>
{
    private readonly DossierValidatieOpties _opties;
    private readonly ClientValidator _client;
    private readonly IndicatieValidator _indicatie;
    private readonly ZorgtoewijzingValidator _toewijzing;
    private readonly MazValidator _maz;
    private readonly MutatieValidator _mutatie;
    private readonly AatValidator _aat;

    /// <summary>Initializes a new instance of the <see cref="DossierValidator"/> class with the default options.</summary>
    public DossierValidator()
        : this(DossierValidatieOpties.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DossierValidator"/> class.</summary>
    /// <param name="opties">The validation options and limits.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opties"/> is <see langword="null"/>.</exception>
    public DossierValidator(DossierValidatieOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        _opties = opties;
        _client = new ClientValidator(opties);
        _indicatie = new IndicatieValidator(opties);
        _toewijzing = new ZorgtoewijzingValidator(opties);
        _maz = new MazValidator(opties);
        _mutatie = new MutatieValidator(opties);
        _aat = new AatValidator(opties);
        RuleFor(d => d).Custom((dossier, context) =>
        {
            List<Validatiefout>? fouten = null;
            Controleer(dossier, new Melder(ref fouten, dossier));
            Melder.GeefDoor(fouten, context);
        });
    }

    /// <summary>Gets the options this validator uses.</summary>
    public DossierValidatieOpties Opties => _opties;

    /// <summary>Validates the dossier and returns every failure.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The failures, in a stable order; empty when the dossier is valid.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossier"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Validatiefout> Valideer(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        List<Validatiefout>? fouten = null;
        Controleer(dossier, new Melder(ref fouten, dossier));

        // Almost every dossier is valid: it gets the one shared empty list instead of a list of its own.
        return fouten ?? (IReadOnlyList<Validatiefout>)[];
    }

    /// <summary>Validates the dossier and returns its rejection, or <see langword="null"/> when it is valid.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The rejection with every failure, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossier"/> is <see langword="null"/>.</exception>
    public Afwijzing? Beoordeel(Dossier dossier)
    {
        var fouten = Valideer(dossier);
        return fouten.Count == 0 ? null : new Afwijzing(dossier, fouten);
    }

    // Plain loops, not a shared helper taking a delegate: no closure or delegate per dossier on the path every valid dossier takes.
    private void Controleer(Dossier dossier, in Melder melder)
    {
        const string Feit = "Dossier";
        var aantal = dossier.AantalFeiten;
        if (aantal > _opties.MaxFeitenPerDossier)
        {
            melder.Fout(
                Foutcodes.TeVeelFeiten,
                Feit,
                "Feiten",
                $"the dossier holds {aantal.ToString(CultureInfo.InvariantCulture)} facts; at most {_opties.MaxFeitenPerDossier.ToString(CultureInfo.InvariantCulture)} are allowed.");
            return;
        }

        if (Controles.Verplicht(melder, Feit, "Client", dossier.Client))
        {
            _client.Controleer(dossier.Client, melder.Voor("Client"));
        }

        var indicaties = dossier.Indicaties;
        for (var i = 0; i < indicaties.Count; i++)
        {
            if (indicaties[i] is { } indicatie)
            {
                _indicatie.Controleer(indicatie, melder.Voor(nameof(Dossier.Indicaties), i));
            }
            else
            {
                ElementOntbreekt(melder, nameof(Dossier.Indicaties), i);
            }
        }

        var toewijzingen = dossier.Zorgtoewijzingen;
        for (var i = 0; i < toewijzingen.Count; i++)
        {
            if (toewijzingen[i] is { } toewijzing)
            {
                _toewijzing.Controleer(toewijzing, melder.Voor(nameof(Dossier.Zorgtoewijzingen), i));
            }
            else
            {
                ElementOntbreekt(melder, nameof(Dossier.Zorgtoewijzingen), i);
            }
        }

        var mazen = dossier.Mazen;
        for (var i = 0; i < mazen.Count; i++)
        {
            if (mazen[i] is { } maz)
            {
                _maz.Controleer(maz, melder.Voor(nameof(Dossier.Mazen), i));
            }
            else
            {
                ElementOntbreekt(melder, nameof(Dossier.Mazen), i);
            }
        }

        var mutaties = dossier.Mutaties;
        for (var i = 0; i < mutaties.Count; i++)
        {
            if (mutaties[i] is { } mutatie)
            {
                _mutatie.Controleer(mutatie, melder.Voor(nameof(Dossier.Mutaties), i));
            }
            else
            {
                ElementOntbreekt(melder, nameof(Dossier.Mutaties), i);
            }
        }

        var aats = dossier.Aats;
        for (var i = 0; i < aats.Count; i++)
        {
            if (aats[i] is { } aat)
            {
                _aat.Controleer(aat, melder.Voor(nameof(Dossier.Aats), i));
            }
            else
            {
                ElementOntbreekt(melder, nameof(Dossier.Aats), i);
            }
        }

        var index = Toewijzingsindex.Maak(melder, toewijzingen);
        ControleerMazen(melder, mazen, index);
        ControleerMutaties(melder, mutaties, index);
        for (var i = 0; i < aats.Count; i++)
        {
            if (aats[i] is { } aat)
            {
                index.Zoek(melder.Voor(nameof(Dossier.Aats), i), Feitnaam.Van(aat), aat.ToewijzingId);
            }
        }
    }

    private static void ElementOntbreekt(in Melder melder, string lijst, int index) =>
        melder.Fout(Foutcodes.VeldOntbreekt, "Dossier", $"{lijst}[{index}]", "the element is null.");

    private void ControleerMazen(in Melder melder, IReadOnlyList<Maz> mazen, in Toewijzingsindex toewijzingen)
    {
        for (var i = 0; i < mazen.Count; i++)
        {
            if (mazen[i] is not { } maz)
            {
                continue;
            }

            var m = melder.Voor(nameof(Dossier.Mazen), i);
            var feit = Feitnaam.Van(maz);
            if (toewijzingen.Zoek(m, feit, maz.ToewijzingId) is not { } toewijzing || !InBereik(toewijzing))
            {
                continue;
            }

            if (InBereik(maz.Begindatum) && !toewijzing.IsGeldigOp(maz.Begindatum))
            {
                m.Fout(Foutcodes.BegindatumBuitenToewijzing, feit, "Begindatum", $"{Melder.Iso(maz.Begindatum)} lies outside {Periode(toewijzing)}.");
            }

            if (maz.Sleuteldatum is { } sleuteldatum && InBereik(sleuteldatum) && !toewijzing.IsGeldigOp(sleuteldatum))
            {
                m.Fout(Foutcodes.SleuteldatumBuitenToewijzing, feit, "Sleuteldatum", $"{Melder.Iso(sleuteldatum)} lies outside {Periode(toewijzing)}.");
            }
        }
    }

    private void ControleerMutaties(in Melder melder, IReadOnlyList<Mutatie> mutaties, in Toewijzingsindex toewijzingen)
    {
        for (var i = 0; i < mutaties.Count; i++)
        {
            if (mutaties[i] is not { } mutatie)
            {
                continue;
            }

            var m = melder.Voor(nameof(Dossier.Mutaties), i);
            var feit = Feitnaam.Van(mutatie);
            if (toewijzingen.Zoek(m, feit, mutatie.ToewijzingId) is not { } toewijzing || !InBereik(toewijzing))
            {
                continue;
            }

            if (toewijzing.Einddatum is { } eind && InBereik(mutatie.Mutatiedatum) && mutatie.Mutatiedatum > eind)
            {
                m.Fout(
                    Foutcodes.MutatiedatumNaEinddatumToewijzing,
                    feit,
                    "Mutatiedatum",
                    $"{Melder.Iso(mutatie.Mutatiedatum)} lies after Einddatum {Melder.Iso(eind)} of {ZorgtoewijzingValidator.Feit(toewijzing)}.");
            }

            if (mutatie.Mutatiecode == Mutatiecode.ClientWilZorgNogNiet && toewijzing.Soort != SoortToewijzing.Regulier && Enum.IsDefined(toewijzing.Soort))
            {
                m.Fout(
                    Foutcodes.MutatiecodeNietBijSoort,
                    feit,
                    "Mutatiecode",
                    $"mutatiecode 12 is only allowed on a Regulier toewijzing, not on {toewijzing.Soort} ({ZorgtoewijzingValidator.Feit(toewijzing)}).");
            }
        }
    }

    private bool InBereik(NodaTime.LocalDate datum) => datum >= _opties.VroegsteDatum && datum <= _opties.LaatsteDatum;

    private bool InBereik(Zorgtoewijzing toewijzing) =>
        InBereik(toewijzing.Ingangsdatum) && (toewijzing.Einddatum is not { } eind || (InBereik(eind) && eind >= toewijzing.Ingangsdatum));

    private static string Periode(Zorgtoewijzing toewijzing) =>
        $"{ZorgtoewijzingValidator.Feit(toewijzing)} ({Melder.Iso(toewijzing.Ingangsdatum)} to {(toewijzing.Einddatum is { } eind ? Melder.Iso(eind) : "open end")})";
}
