using System.Globalization;
using NodaTime;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Regels.Mutatiedagen;

namespace Wlz.Rules.Testing;

/// <summary>
/// Makes the room vacancy (<see cref="Kamerdossier"/>) at an index of a generated population. Each room draws from its
/// own <see cref="Random"/> seeded from (seed, index): rooms are few next to dossiers, so no blocks are needed, and
/// room <c>i</c> depends on (seed, i) alone. Stateless apart from the model, so one instance may be shared.
/// </summary>
internal sealed class Kamerfabriek
{
    // ZP prestatiecodes in the style of the source's worked example (Z041, Z051); synthetic, weighted towards the heavier profiles.
    private static readonly string[] ZpCodes = ["Z041", "Z051", "Z061", "Z071"];

    private readonly Kamermodel _kamers;
    private readonly Populatiemodel _model;
    private readonly LocalDate _peildatum;
    private readonly int _max;
    private readonly int _maxSleutel;

    internal Kamerfabriek(Kamermodel kamers)
    {
        _kamers = kamers;
        _model = kamers.Model;
        _peildatum = kamers.Peildatum;
        _max = kamers.MaxMutatiedagen;
        _maxSleutel = kamers.MaxSleuteldatumDagenVoorBegindatum;
    }

    /// <summary>The kind of mistake a room carries; each is caught by exactly one mutatiedagen check.</summary>
    private enum Kamerfout
    {
        Geen,
        MeerDanMaximum,
        OpOfNaIntrek,
        VoorLeegstand,
        VerkeerdeCode,
        InterneVerhuizingGedeclareerd,
        OverlappendeRegels,
        ZpVoorIntrek,
        SleuteldatumVoorVertrek,
        SleuteldatumTeVroeg,
    }

    /// <summary>What happened to the room after the departure.</summary>
    private enum Vervolg
    {
        Ingetrokken,
        AlleenSleutel,
        Leeg,
    }

    /// <summary>Where the next cliënt comes from.</summary>
    private enum Herkomst
    {
        Thuis,
        Intern,
        Elders,
    }

    internal Kamerdossier Maak(int index)
    {
        var random = new Random(Populatiemodel.MengSeed(_model.Seed, index, Kamermodel.DomeinKamer));
        return new Maker(this, random).Maak(index);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate EersteVanMaand(LocalDate datum) => new(datum.Year, datum.Month, 1);

    private static LocalDate LaatsteVanMaand(LocalDate datum) => EersteVanMaand(datum).PlusMonths(1).PlusDays(-1);

    /// <summary>The drawing of one room, so the fabriek itself holds no per-room state.</summary>
    private sealed class Maker(Kamerfabriek fabriek, Random random)
    {
        private readonly List<Declaratieregel> _regels = new(6);

        internal Kamerdossier Maak(int index)
        {
            var max = fabriek._max;
            var maxSleutel = fabriek._maxSleutel;
            var peildatum = fabriek._peildatum;

            // 77.5% correct; each of the nine mistakes 2.5% (per mille, so the shares are exact bands).
            var fout = (Kamerfout)Populatiemodel.Kies(random.Next(1000), 775, 25, 25, 25, 25, 25, 25, 25, 25);
            var mutatiedagFout = fout is Kamerfout.MeerDanMaximum or Kamerfout.OpOfNaIntrek or Kamerfout.VoorLeegstand or Kamerfout.VerkeerdeCode;

            var vv = fabriek._kamers.VvAanbieders;
            var aanbieder = vv[random.Next(vv.Length)];
            var zorgaanbieder = fabriek._model.Zorgaanbieders[aanbieder];
            var kamer = new Kamer
            {
                KamerId = string.Create(CultureInfo.InvariantCulture, $"K{index + 1:D7}"),
                Locatie = string.Create(CultureInfo.InvariantCulture, $"Locatie {aanbieder + 1:D4}-{1 + random.Next(3)}"),
                Zorgaanbieder = zorgaanbieder.AgbCode,
                ToegelatenVoorBehandeling = zorgaanbieder.ToegelatenVoorBehandeling,
                Tweepersoonskamer = Kans(8),
            };

            var reden = Populatiemodel.Kies(random.Next(100), 70, 12) switch
            {
                0 => Vertrekreden.Overlijden,
                1 => Vertrekreden.VerhuizingAndereZorgaanbieder,
                _ => Vertrekreden.InterneVerhuizing,
            };
            if (mutatiedagFout && reden == Vertrekreden.InterneVerhuizing)
            {
                reden = Vertrekreden.Overlijden;
            }
            else if (fout == Kamerfout.InterneVerhuizingGedeclareerd)
            {
                reden = Vertrekreden.InterneVerhuizing;
            }

            var naarAndereAgb = reden == Vertrekreden.InterneVerhuizing && Kans(40);

            var vervolg = (Vervolg)Populatiemodel.Kies(random.Next(100), 78, 7);
            vervolg = fout switch
            {
                Kamerfout.OpOfNaIntrek or Kamerfout.ZpVoorIntrek or Kamerfout.SleuteldatumTeVroeg => Vervolg.Ingetrokken,
                Kamerfout.SleuteldatumVoorVertrek when vervolg == Vervolg.Leeg => Vervolg.Ingetrokken,
                Kamerfout.MeerDanMaximum when vervolg == Vervolg.AlleenSleutel => Vervolg.Ingetrokken,
                _ => vervolg,
            };

            var herkomst = (Herkomst)Populatiemodel.Kies(random.Next(100), 45, 12);
            if (herkomst == Herkomst.Intern && fout is Kamerfout.VoorLeegstand or Kamerfout.VerkeerdeCode or Kamerfout.ZpVoorIntrek or Kamerfout.SleuteldatumTeVroeg)
            {
                // These mistakes need a MAZ-advised intrek or at least one declarable day; an internal mover can shorten the vacancy to none.
                herkomst = Herkomst.Elders;
            }

            var vanAndereAgb = herkomst == Herkomst.Intern && Kans(35);
            var interneDagen = fout == Kamerfout.InterneVerhuizingGedeclareerd ? Tussen(1, 5) : 0;

            // The dates: the vacancy (gap) from the last day to the intrek, chosen so the intrek lies on or before the peildatum.
            LocalDate laatste;
            LocalDate? intrekdatum = null;
            LocalDate? sleutel = null;
            if (vervolg == Vervolg.Ingetrokken)
            {
                var gap = Populatiemodel.Kies(random.Next(100), 20, 55) switch
                {
                    0 => Tussen(1, 5),
                    1 => Tussen(6, max + 1),
                    _ => Tussen(max + 2, max + 17),
                };
                gap = fout switch
                {
                    Kamerfout.MeerDanMaximum => Tussen(max + 4, max + 17),
                    Kamerfout.OpOfNaIntrek => Tussen(2, Math.Max(2, max - 1)),
                    Kamerfout.VoorLeegstand or Kamerfout.VerkeerdeCode or Kamerfout.ZpVoorIntrek => Math.Max(gap, 2),
                    Kamerfout.InterneVerhuizingGedeclareerd => Math.Max(gap, interneDagen + 1),
                    Kamerfout.SleuteldatumVoorVertrek => Tussen(1, Math.Max(1, maxSleutel - 4)),
                    Kamerfout.SleuteldatumTeVroeg => Tussen(maxSleutel + 3, maxSleutel + 16),
                    _ => gap,
                };
                laatste = peildatum.PlusDays(-gap - Tussen(0, 45));
                var intrek = laatste.PlusDays(gap);
                intrekdatum = intrek;
                sleutel = fout switch
                {
                    Kamerfout.ZpVoorIntrek => intrek.PlusDays(-Tussen(1, Math.Min(7, gap - 1))),
                    Kamerfout.SleuteldatumVoorVertrek => laatste.PlusDays(-Tussen(0, 3)),
                    Kamerfout.SleuteldatumTeVroeg => intrek.PlusDays(-Tussen(maxSleutel + 1, gap - 1)),
                    _ when Kans(75) => intrek.PlusDays(-Tussen(0, Math.Min(gap - 1, maxSleutel))),
                    _ => null,
                };
            }
            else
            {
                var minimum = vervolg == Vervolg.AlleenSleutel ? 1 : 0;
                minimum = fout switch
                {
                    Kamerfout.MeerDanMaximum => max + 4,
                    Kamerfout.VoorLeegstand or Kamerfout.VerkeerdeCode => Math.Max(minimum, 1),
                    Kamerfout.InterneVerhuizingGedeclareerd => Math.Max(minimum, interneDagen),
                    _ => minimum,
                };
                var dagenVoorPeildatum = Tussen(minimum, Math.Max(30, minimum + 28));
                laatste = peildatum.PlusDays(-dagenVoorPeildatum);
                if (vervolg == Vervolg.AlleenSleutel)
                {
                    sleutel = fout == Kamerfout.SleuteldatumVoorVertrek ? laatste.PlusDays(-Tussen(0, 3)) : laatste.PlusDays(Tussen(1, dagenVoorPeildatum));
                }
            }

            // The cliënten: keys of the population, the departing one at 10·k, the next one among the nine after it.
            var basis = (long)index * Populatiegenerator.ClientenPerKamerdossier;
            var vertrekkende = Sleutel(basis);
            var zpVertrek = KiesZp();
            var vertrek = new Vertrek
            {
                ClientId = vertrekkende,
                LaatsteDag = laatste,
                Reden = reden,
                Prestatiecode = Kans(90) || fout == Kamerfout.OverlappendeRegels ? zpVertrek : null,
                NaarAndereAgbCode = naarAndereAgb,
            };

            Intrek? intrekFeit = null;
            var zpNieuw = KiesZp();
            if (vervolg != Vervolg.Leeg)
            {
                intrekFeit = new Intrek
                {
                    ClientId = Sleutel(basis + 1 + random.Next(Populatiegenerator.ClientenPerKamerdossier - 1)),
                    Sleuteldatum = sleutel,
                    Intrekdatum = intrekdatum,
                    Prestatiecode = Kans(90) || fout == Kamerfout.ZpVoorIntrek ? zpNieuw : null,
                    KomtVanuitThuissituatie = herkomst == Herkomst.Thuis,
                    InterneVerhuizing = herkomst == Herkomst.Intern,
                    VanAndereAgbCode = vanAndereAgb,
                };
            }

            // The ZP of the departing cliënt for its last month, up to and including the last day.
            var zpBegin = EersteVanMaand(laatste);
            VoegToe(vertrekkende, zpVertrek, zpBegin, laatste, splitsen: false);

            // The mutatiedagen: the declarable period as the rules compute it (standard options), then the mistake if any.
            var code = Prestatiecodes.Mutatiedag(kamer.ToegelatenVoorBehandeling);
            var begin = laatste.PlusDays(1);
            var eind = Min(laatste.PlusDays(max), intrekdatum is { } d ? d.PlusDays(-1) : peildatum);
            if (herkomst == Herkomst.Intern && intrekdatum is { } dag && sleutel is { } s && s <= dag.PlusDays(-1))
            {
                eind = Min(eind, s.PlusDays(-1));
            }

            switch (fout)
            {
                case Kamerfout.MeerDanMaximum:
                    VoegToe(vertrekkende, code, begin, laatste.PlusDays(max + Tussen(1, 3)), splitsen: true);
                    break;
                case Kamerfout.OpOfNaIntrek:
                    // Through the day of the intrek, or the day after when that is not past the peildatum.
                    VoegToe(vertrekkende, code, begin, intrekdatum!.Value.PlusDays(intrekdatum.Value < peildatum ? Tussen(0, 1) : 0), splitsen: true);
                    break;
                case Kamerfout.VoorLeegstand:
                    // Counted from the day of death or departure itself; kept within the maximum so only this check fires.
                    VoegToe(vertrekkende, code, laatste, Min(eind, laatste.PlusDays(max - 1)), splitsen: false);
                    break;
                case Kamerfout.VerkeerdeCode:
                    VoegToe(vertrekkende, Prestatiecodes.Mutatiedag(!kamer.ToegelatenVoorBehandeling), begin, eind, splitsen: true);
                    break;
                case Kamerfout.InterneVerhuizingGedeclareerd:
                    VoegToe(vertrekkende, code, begin, laatste.PlusDays(interneDagen), splitsen: true);
                    break;
                default:
                    if (reden != Vertrekreden.InterneVerhuizing && eind >= begin && Kans(vervolg == Vervolg.Ingetrokken ? 95 : 70))
                    {
                        VoegToe(vertrekkende, code, begin, eind, splitsen: true);
                    }

                    break;
            }

            // The ZP of the next cliënt from the intrek (an internal mover declares the ZP on: from the start of the month).
            if (intrekFeit is not null && intrekdatum is { } intrekdag)
            {
                var zpNieuwBegin = herkomst == Herkomst.Intern ? EersteVanMaand(intrekdag)
                    : fout == Kamerfout.ZpVoorIntrek ? sleutel!.Value
                    : intrekdag;
                VoegToe(intrekFeit.ClientId, zpNieuw, zpNieuwBegin, Min(LaatsteVanMaand(intrekdag), peildatum), splitsen: false);
            }

            if (fout == Kamerfout.OverlappendeRegels)
            {
                // The last days of the departing cliënt's ZP submitted again.
                var dagen = Period.DaysBetween(zpBegin, laatste);
                VoegToe(vertrekkende, zpVertrek, laatste.PlusDays(-Tussen(0, Math.Min(6, dagen))), laatste, splitsen: false);
            }

            return new Kamerdossier
            {
                Kamer = kamer,
                Vertrek = vertrek,
                Intrek = intrekFeit,
                Declaratieregels = _regels,
            };
        }

        private string Sleutel(long clientIndex) =>
            Testnummers.BsnTekst((int)((clientIndex + fabriek._model.BsnVerschuiving) % Populatiegenerator.MaxAantalClienten));

        private string KiesZp() => ZpCodes[Populatiemodel.Kies(random.Next(100), 25, 35, 25)];

        /// <summary>Adds a line per calendar month when <paramref name="splitsen"/> (declarations are monthly), else one line.</summary>
        private void VoegToe(string clientId, string prestatiecode, LocalDate begin, LocalDate eind, bool splitsen)
        {
            while (true)
            {
                var tot = splitsen ? Min(eind, LaatsteVanMaand(begin)) : eind;
                _regels.Add(new Declaratieregel
                {
                    Regelnummer = _regels.Count + 1,
                    ClientId = clientId,
                    Prestatiecode = prestatiecode,
                    Begindatum = begin,
                    Einddatum = tot,
                    Aantal = Period.DaysBetween(begin, tot) + 1,
                });
                if (tot >= eind)
                {
                    return;
                }

                begin = tot.PlusDays(1);
            }
        }

        private bool Kans(int procent) => random.Next(100) < procent;

        /// <summary>Returns a whole number from <paramref name="van"/> to <paramref name="tot"/>, both inclusive.</summary>
        private int Tussen(int van, int tot) => tot <= van ? van : random.Next(van, tot + 1);
    }
}
