using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>
/// Makes the dossier at an index of a generated population. One instance per enumeration: it reuses its scratch
/// lists, so it is not thread-safe; the dossier itself depends only on (seed, index).
/// </summary>
internal sealed class DossierFabriek
{
    private static readonly string[] Ids = [.. Enumerable.Range(1, 16).Select(i => "T" + i.ToString(CultureInfo.InvariantCulture))];

    private static readonly Classificatie[][] ClassificatiesPerStatus = MaakClassificaties();

    /// <summary>The number of consecutive dossiers that share one <see cref="Random"/>.</summary>
    internal const int Blokgrootte = 16;

    private readonly Populatiemodel _model;
    private readonly LocalDate _peildatum;
    private readonly List<Zorgtoewijzing> _toewijzingen = new(4);
    private readonly List<Maz> _mazen = new(4);
    private readonly List<Mutatie> _mutaties = new(4);
    private readonly List<Aat> _aats = new(1);
    private readonly List<int> _aanbiederPerToewijzing = new(4);
    private Random _random = null!;
    private int _volgendeIndex = -1;
    private string _besluitnummer = string.Empty;
    private Zorgprofiel _profiel = null!;
    private LocalDate? _indicatieEinde;
    private LocalDate _vroegsteIngang;

    internal DossierFabriek(Populatiemodel model)
    {
        _model = model;
        _peildatum = model.Peildatum;
    }

    private enum Situatie
    {
        InZorg,
        RecentOntvangen,
        Wachtend,
        EinddatumVerstreken,
        Afgesloten,
        MptGedeeld,
        AlleenIndicatie,
    }

    internal Dossier Maak(int index)
    {
        if (index % Blokgrootte == 0 || index != _volgendeIndex)
        {
            // A new block: one Random per block of dossiers (creating a seeded Random costs more than making a dossier).
            // Entering a block in the middle replays its first dossiers, so dossier i depends on (seed, i) alone.
            var blokStart = index - (index % Blokgrootte);
            _random = new Random(Populatiemodel.MengSeed(_model.Seed, blokStart / Blokgrootte, Populatiemodel.DomeinDossier));
            for (var i = blokStart; i < index; i++)
            {
                MaakVolgende(i);
            }
        }

        _volgendeIndex = index + 1;
        return MaakVolgende(index);
    }

    private Dossier MaakVolgende(int index)
    {
        _toewijzingen.Clear();
        _aanbiederPerToewijzing.Clear();
        _mazen.Clear();
        _mutaties.Clear();
        _aats.Clear();

        var bsn = new Bsn(Testnummers.BsnTekst((int)(((long)index + _model.BsnVerschuiving) % Populatiegenerator.MaxAantalClienten)));
        LocalDate? geboortedatum = Kans(85) ? _peildatum.PlusDays(-Tussen(18 * 365, 100 * 365)) : null;
        var client = new Client { ClientId = bsn.Waarde, Bsn = bsn, Geboortedatum = geboortedatum };

        _besluitnummer = (100_000_000 + _random.Next(900_000_000)).ToString(CultureInfo.InvariantCulture);
        _profiel = KiesClientProfiel();
        var indicatieWorp = _random.Next(100);
        _indicatieEinde = indicatieWorp < 12 ? _peildatum.PlusDays(Tussen(0, 61))
            : indicatieWorp < 22 ? _peildatum.PlusDays(Tussen(62, 730))
            : null;
        var indicatieIngang = _peildatum.PlusDays(-Tussen(30, 5 * 365));
        _vroegsteIngang = indicatieIngang;

        switch ((Situatie)Populatiemodel.Kies(_random.Next(100), 40, 15, 15, 12, 8, 6))
        {
            case Situatie.InZorg:
                InZorg();
                break;
            case Situatie.RecentOntvangen:
                RecentOntvangen();
                break;
            case Situatie.Wachtend:
                Wachtend();
                break;
            case Situatie.EinddatumVerstreken:
                EinddatumVerstreken();
                break;
            case Situatie.Afgesloten:
                Afgesloten();
                break;
            case Situatie.MptGedeeld:
                MptGedeeld();
                break;
            default:
                break;
        }

        var indicatie = new Indicatie
        {
            Besluitnummer = _besluitnummer,
            Zorgprofiel = _profiel,
            Ingangsdatum = _vroegsteIngang,
            Einddatum = _indicatieEinde,
        };

        return new Dossier
        {
            Client = client,
            Indicaties = [indicatie],
            Zorgtoewijzingen = _toewijzingen,
            Mazen = _mazen,
            Mutaties = _mutaties,
            Aats = _aats,
        };
    }

    private static Classificatie[][] MaakClassificaties()
    {
        var perStatus = new Classificatie[8][];
        for (var status = 0; status < perStatus.Length; status++)
        {
            perStatus[status] = [.. IwlzCodelijsten.ToegestaneClassificaties((Leveringsstatus)status).Order()];
        }

        return perStatus;
    }

    private void InZorg()
    {
        var aanbieder = KiesAanbieder(_profiel);
        var leveringsvorm = KiesLeveringsvorm();
        var ingang = _peildatum.PlusDays(-Tussen(20, 4 * 365));
        var toewijzing = VoegToewijzingToe(aanbieder, KiesSoort(), leveringsvorm, ingang, _indicatieEinde, -Tussen(0, 14), reden: null);
        var begin = ingang.PlusDays(Tussen(0, 9));
        if (Kans(6))
        {
            VoegMazToe(toewijzing, Min(begin.PlusDays(Tussen(1, 5)), _peildatum), StatusAanlevering.Verwijderd);
        }

        VoegMazToe(toewijzing, begin, StatusAanlevering.EersteAanlevering);
        if (Kans(4) && begin < _peildatum)
        {
            VoegMutatieToe(toewijzing, Mutatiecode.LeveringBeeindigdToewijzingSluiten, Leveringsstatus.EindeZorgvraag,
                begin.PlusDays(Tussen(1, Period.DaysBetween(begin, _peildatum))), begin, StatusAanlevering.Verwijderd);
        }
    }

    private void RecentOntvangen()
    {
        var aanbieder = KiesAanbieder(_profiel);
        var ontvangen = _peildatum.PlusDays(-Tussen(0, 20));
        var toegewezen = ontvangen.PlusDays(-Tussen(0, 2));
        var ingang = toegewezen.PlusDays(Tussen(0, 14));
        if (_indicatieEinde is { } indicatieEinde && indicatieEinde < ingang)
        {
            ingang = indicatieEinde;
        }

        if (Kans(40))
        {
            // An earlier toewijzing at the same zorgaanbieder, ended by a herindicatie: the cliënt is not new to it.
            var eerderIngang = _peildatum.PlusDays(-Tussen(200, 1500));
            var eerder = VoegToewijzingToe(aanbieder, SoortToewijzing.Regulier, Leveringsvorm.Verblijf, eerderIngang, ingang.PlusDays(-1), -Tussen(0, 14), RedenIntrekking.Herindicatie);
            VoegMazToe(eerder, eerderIngang.PlusDays(Tussen(0, 9)), StatusAanlevering.EersteAanlevering);
        }

        var toewijzing = VoegToewijzingToe(aanbieder, KiesSoort(), KiesLeveringsvorm(), ingang, _indicatieEinde, toegewezen, ontvangen, reden: null);
        var worp = _random.Next(100);
        if (worp < 45)
        {
            return;
        }

        var einde = toewijzing.Einddatum ?? LocalDate.MaxIsoValue;
        if (worp < 80)
        {
            VoegMazToe(toewijzing, Min(Max(ingang, ontvangen).PlusDays(Tussen(0, 2)), einde), StatusAanlevering.EersteAanlevering);
            return;
        }

        var status = KiesWachtstatusZonderVoorzorg();
        var mutatiedatum = Min(ontvangen.PlusDays(Tussen(0, 4)), einde);
        VoegMutatieToe(toewijzing, Mutatiecode.AanbiederKanZorgNogNietLeveren, status, mutatiedatum, begindatum: null, StatusAanlevering.EersteAanlevering);
        if (Kans(25))
        {
            _aats.Add(new Aat
            {
                ToewijzingId = toewijzing.Id,
                Ontvangstdatum = mutatiedatum,
                Zorgprofiel = toewijzing.Zorgprofiel,
                Leveringsvorm = Leveringsvorm.Mpt,
                Ingangsdatum = mutatiedatum,
            });
        }
    }

    private void Wachtend()
    {
        var aanbieder = KiesAanbieder(_profiel);
        var leveringsvorm = Kans(80) ? Leveringsvorm.Verblijf : Leveringsvorm.Vpt;
        var worp = _random.Next(100);
        var status = worp < 20 ? Leveringsstatus.UrgentPlaatsen
            : worp < 50 ? Leveringsstatus.ActiefPlaatsen
            : worp < 70 ? Leveringsstatus.WachtOpVoorkeur
            : Leveringsstatus.WachtUitVoorzorg;
        var dagenGeleden = status switch
        {
            Leveringsstatus.UrgentPlaatsen => Tussen(0, 60),
            Leveringsstatus.ActiefPlaatsen => Tussen(0, 150),
            Leveringsstatus.WachtOpVoorkeur => Tussen(0, 500),
            _ => Kans(40) ? Tussen(366, 1100) : Tussen(0, 365),
        };
        var mutatiedatum = _peildatum.PlusDays(-dagenGeleden);

        Zorgtoewijzing toewijzing;
        if (Kans(15))
        {
            // In care first, then ended with "toewijzing aanhouden" and a wachtstatus (MEZ 20).
            var ingang = mutatiedatum.PlusDays(-Tussen(30, 700));
            toewijzing = VoegToewijzingToe(aanbieder, SoortToewijzing.Regulier, leveringsvorm, ingang, _indicatieEinde, -Tussen(0, 14), reden: null, dossierhouder: true);
            var begin = ingang.PlusDays(Tussen(0, 9));
            VoegMazToe(toewijzing, begin, StatusAanlevering.EersteAanlevering);
            VoegMutatieToe(toewijzing, Mutatiecode.LeveringBeeindigdToewijzingAanhouden, status, Max(mutatiedatum, begin), begin, StatusAanlevering.EersteAanlevering);
        }
        else
        {
            var ontvangen = mutatiedatum.PlusDays(-Tussen(0, 9));
            var toegewezen = ontvangen.PlusDays(-Tussen(0, 2));
            var ingang = toegewezen.PlusDays(Tussen(0, 9));
            toewijzing = VoegToewijzingToe(aanbieder, SoortToewijzing.Regulier, leveringsvorm, ingang, _indicatieEinde, toegewezen, ontvangen, reden: null, dossierhouder: true);
            var code = status == Leveringsstatus.WachtUitVoorzorg ? Mutatiecode.ClientWilZorgNogNiet : Mutatiecode.AanbiederKanZorgNogNietLeveren;
            if (Kans(20))
            {
                var eerdereStatus = status == Leveringsstatus.WachtUitVoorzorg ? Leveringsstatus.WachtUitVoorzorg : KiesWachtstatusZonderVoorzorg();
                VoegMutatieToe(toewijzing, code, eerdereStatus, ontvangen, begindatum: null, StatusAanlevering.Verwijderd);
            }

            VoegMutatieToe(toewijzing, code, status, mutatiedatum, begindatum: null, StatusAanlevering.EersteAanlevering);
        }

        if (status == Leveringsstatus.WachtUitVoorzorg && Kans(50))
        {
            // Meanwhile receiving other care: MPT from another zorgaanbieder.
            var ander = KiesAndereAanbieder(aanbieder);
            var ingang = Min(mutatiedatum.PlusDays(Tussen(0, 30)), _peildatum);
            var mpt = VoegToewijzingToe(ander, SoortToewijzing.Regulier, Leveringsvorm.Mpt, ingang, _indicatieEinde, -Tussen(0, 14), reden: null, coordinator: true);
            VoegMazToe(mpt, ingang, StatusAanlevering.EersteAanlevering);
        }
    }

    private void EinddatumVerstreken()
    {
        var aanbieder = KiesAanbieder(_profiel);
        var einde = _peildatum.PlusDays(-Tussen(0, 40));
        var ingang = einde.PlusDays(-Tussen(30, 1000));
        var toewijzing = VoegToewijzingToe(aanbieder, KiesSoort(), KiesLeveringsvorm(), ingang, einde, -Tussen(0, 14), reden: null);
        var begin = ingang.PlusDays(Tussen(0, 9));
        VoegMazToe(toewijzing, begin, StatusAanlevering.EersteAanlevering);
        if (Kans(20))
        {
            VoegMutatieToe(toewijzing, Mutatiecode.LeveringBeeindigdToewijzingSluiten, Leveringsstatus.EindeZorgvraag,
                begin.PlusDays(Tussen(0, Period.DaysBetween(begin, einde))), begin, StatusAanlevering.Verwijderd);
        }

        var worp = _random.Next(100);
        if (worp >= 65)
        {
            return;
        }

        var vervolgIngang = worp < 50 ? einde.PlusDays(1) : einde.PlusDays(Tussen(2, 10));
        var vervolgEinde = _indicatieEinde is { } indicatieEinde && indicatieEinde >= vervolgIngang ? indicatieEinde : (LocalDate?)null;
        var vervolgAanbieder = Kans(70) ? aanbieder : KiesAndereAanbieder(aanbieder);
        var vervolg = VoegToewijzingToe(vervolgAanbieder, SoortToewijzing.Regulier, toewijzing.Leveringsvorm, vervolgIngang, vervolgEinde, -Tussen(0, 20), reden: null);
        if (vervolgIngang <= _peildatum && Kans(70))
        {
            VoegMazToe(vervolg, vervolgIngang, StatusAanlevering.EersteAanlevering);
        }
    }

    private void Afgesloten()
    {
        var aanbieder = KiesAanbieder(_profiel);
        var ingang = _peildatum.PlusDays(-Tussen(100, 1500));
        var begin = ingang.PlusDays(Tussen(0, 9));
        var einde = begin.PlusDays(Tussen(1, Period.DaysBetween(begin, _peildatum) - 1));
        var worp = _random.Next(100);
        var leveringsvorm = KiesLeveringsvorm();
        if (worp < 10)
        {
            var overleden = VoegToewijzingToe(aanbieder, KiesSoort(), leveringsvorm, ingang, einde, -Tussen(0, 14), RedenIntrekking.Overleden);
            VoegMazToe(overleden, begin, StatusAanlevering.EersteAanlevering);
            return;
        }

        var overplaatsing = worp >= 55;
        var toewijzing = VoegToewijzingToe(aanbieder, KiesSoort(), leveringsvorm, ingang, einde, -Tussen(0, 14),
            overplaatsing ? RedenIntrekking.Overplaatsing : RedenIntrekking.Uitstroom);
        VoegMazToe(toewijzing, begin, StatusAanlevering.EersteAanlevering);
        VoegMutatieToe(toewijzing, overplaatsing ? Mutatiecode.Overplaatsing : Mutatiecode.LeveringBeeindigdToewijzingSluiten,
            Leveringsstatus.EindeZorgvraag, einde, begin, StatusAanlevering.EersteAanlevering);
        if (overplaatsing)
        {
            var nieuweIngang = einde.PlusDays(1);
            var nieuw = VoegToewijzingToe(KiesAndereAanbieder(aanbieder), SoortToewijzing.Regulier, leveringsvorm, nieuweIngang, _indicatieEinde, -Tussen(0, 7), reden: null);
            VoegMazToe(nieuw, nieuweIngang, StatusAanlevering.EersteAanlevering);
        }
    }

    private void MptGedeeld()
    {
        var eerste = KiesAanbieder(_profiel);
        var tweede = KiesAndereAanbieder(eerste);
        var ingang = _peildatum.PlusDays(-Tussen(10, 1000));
        var aandeel = 50 + (10 * _random.Next(4));
        var a = VoegToewijzingToe(eerste, SoortToewijzing.Regulier, Leveringsvorm.Mpt, ingang, _indicatieEinde, -Tussen(0, 14), reden: null, coordinator: true, percentage: aandeel);
        var b = VoegToewijzingToe(tweede, SoortToewijzing.Regulier, Leveringsvorm.Mpt, ingang, _indicatieEinde, -Tussen(0, 14), reden: null, percentage: 100 - aandeel);
        if (Kans(85))
        {
            VoegMazToe(a, ingang.PlusDays(Tussen(0, 5)), StatusAanlevering.EersteAanlevering);
            VoegMazToe(b, ingang.PlusDays(Tussen(0, 5)), StatusAanlevering.EersteAanlevering);
        }
    }

    private Zorgtoewijzing VoegToewijzingToe(
        int aanbieder, SoortToewijzing soort, Leveringsvorm leveringsvorm, LocalDate ingang, LocalDate? einde, int toewijzingVoorIngang,
        RedenIntrekking? reden, bool dossierhouder = false, bool coordinator = false, int percentage = 100)
    {
        var toegewezen = ingang.PlusDays(toewijzingVoorIngang);
        return VoegToewijzingToe(aanbieder, soort, leveringsvorm, ingang, einde, toegewezen, toegewezen.PlusDays(Tussen(0, 2)), reden, dossierhouder, coordinator, percentage);
    }

    private Zorgtoewijzing VoegToewijzingToe(
        int aanbieder, SoortToewijzing soort, Leveringsvorm leveringsvorm, LocalDate ingang, LocalDate? einde, LocalDate toegewezen, LocalDate ontvangen,
        RedenIntrekking? reden, bool dossierhouder = false, bool coordinator = false, int percentage = 100)
    {
        if (einde is { } e && e < ingang)
        {
            einde = ingang;
        }

        if (ingang < _vroegsteIngang)
        {
            _vroegsteIngang = ingang;
        }

        var toewijzing = new Zorgtoewijzing
        {
            Id = Ids[_toewijzingen.Count],
            Besluitnummer = _besluitnummer,
            Zorgprofiel = _profiel,
            Zorgaanbieder = _model.Zorgaanbieders[aanbieder].AgbCode,
            Soort = soort,
            Leveringsvorm = leveringsvorm,
            Percentage = percentage,
            Toewijzingsdatum = toegewezen,
            Ontvangstdatum = ontvangen,
            Ingangsdatum = ingang,
            Einddatum = einde,
            RedenIntrekking = reden,
            IsDossierhouder = dossierhouder || ((leveringsvorm is Leveringsvorm.Verblijf or Leveringsvorm.Vpt) && Kans(70)),
            IsCoordinatorZorgThuis = coordinator,
        };
        _toewijzingen.Add(toewijzing);
        _aanbiederPerToewijzing.Add(aanbieder);
        return toewijzing;
    }

    private void VoegMazToe(Zorgtoewijzing toewijzing, LocalDate begin, StatusAanlevering statusAanlevering)
    {
        if (toewijzing.Einddatum is { } einde && begin > einde)
        {
            begin = einde;
        }

        LocalDate? sleutel = null;
        if (toewijzing.Leveringsvorm == Leveringsvorm.Verblijf && Kans(35))
        {
            var kandidaat = begin.PlusDays(-Tussen(1, 14));
            sleutel = kandidaat >= toewijzing.Ingangsdatum ? kandidaat : null;
        }

        _mazen.Add(new Maz
        {
            ToewijzingId = toewijzing.Id,
            Begindatum = begin,
            Sleuteldatum = sleutel,
            Behandeling = _model.Zorgaanbieders[AanbiederVan(toewijzing)].ToegelatenVoorBehandeling && Kans(50),
            StatusAanlevering = statusAanlevering,
        });
    }

    private int AanbiederVan(Zorgtoewijzing toewijzing)
    {
        for (var i = _toewijzingen.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_toewijzingen[i], toewijzing))
            {
                return _aanbiederPerToewijzing[i];
            }
        }

        throw new InvalidOperationException("The toewijzing is not part of the dossier being made.");
    }

    private void VoegMutatieToe(
        Zorgtoewijzing toewijzing, Mutatiecode code, Leveringsstatus status, LocalDate mutatiedatum, LocalDate? begindatum, StatusAanlevering statusAanlevering)
    {
        var classificaties = ClassificatiesPerStatus[(int)status];
        _mutaties.Add(new Mutatie
        {
            ToewijzingId = toewijzing.Id,
            Mutatiecode = code,
            Mutatiedatum = mutatiedatum,
            Begindatum = begindatum,
            Leveringsstatus = status,
            Classificatie = classificaties.Length == 0 ? null : classificaties[_random.Next(classificaties.Length)],
            StatusAanlevering = statusAanlevering,
        });
    }

    private Zorgprofiel KiesClientProfiel()
    {
        var profielen = Populatiemodel.ProfielenVoorSector(Populatiemodel.Kies(_random.Next(100), 55, 20, 9, 6, 6));
        return profielen[_random.Next(profielen.Length)];
    }

    private int KiesAanbieder(Zorgprofiel profiel)
    {
        var aanbieders = _model.Zorgaanbieders;
        var contractanten = _model.Contractanten[profiel.Code];
        if (contractanten.Length == 0 || Kans(4))
        {
            // Instellingsvreemd: a zorgaanbieder not contracted for the zorgprofiel, when there is one.
            for (var poging = 0; poging < 4; poging++)
            {
                var kandidaat = _random.Next(aanbieders.Length);
                if (!aanbieders[kandidaat].GecontracteerdeZorgprofielen.Contains(profiel))
                {
                    return kandidaat;
                }
            }

            return contractanten.Length == 0 ? _random.Next(aanbieders.Length) : contractanten[_random.Next(contractanten.Length)];
        }

        return contractanten[_random.Next(contractanten.Length)];
    }

    private int KiesAndereAanbieder(int nietDeze)
    {
        var aantal = _model.Zorgaanbieders.Length;
        if (aantal == 1)
        {
            return nietDeze;
        }

        var contractanten = _model.Contractanten[_profiel.Code];
        if (contractanten.Length > 1)
        {
            var kandidaat = contractanten[_random.Next(contractanten.Length)];
            if (kandidaat != nietDeze)
            {
                return kandidaat;
            }
        }

        return (nietDeze + 1 + _random.Next(aantal - 1)) % aantal;
    }

    private SoortToewijzing KiesSoort() => Populatiemodel.Kies(_random.Next(100), 92, 5) switch
    {
        0 => SoortToewijzing.Regulier,
        1 => SoortToewijzing.Overbrugging,
        _ => SoortToewijzing.Administratief,
    };

    private Leveringsvorm KiesLeveringsvorm() => Populatiemodel.Kies(_random.Next(100), 55, 18, 12, 9, 4) switch
    {
        0 => Leveringsvorm.Verblijf,
        1 => Leveringsvorm.Mpt,
        2 => Leveringsvorm.Pgb,
        3 => Leveringsvorm.Vpt,
        4 => Leveringsvorm.Dtv,
        _ => Leveringsvorm.Vkb,
    };

    private Leveringsstatus KiesWachtstatusZonderVoorzorg() => _random.Next(3) switch
    {
        0 => Leveringsstatus.UrgentPlaatsen,
        1 => Leveringsstatus.ActiefPlaatsen,
        _ => Leveringsstatus.WachtOpVoorkeur,
    };

    private bool Kans(int procent) => _random.Next(100) < procent;

    /// <summary>Returns a whole number from <paramref name="van"/> to <paramref name="tot"/>, both inclusive.</summary>
    private int Tussen(int van, int tot) => tot <= van ? van : _random.Next(van, tot + 1);

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
