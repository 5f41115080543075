using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Validatie;

/// <summary>Generates valid dossiers from a seed, so that FsCheck reports a reproducible case.</summary>
internal static class DossierGenerator
{
    private static readonly LocalDate Basis = new(1991, 1, 1);

    public static Gen<Dossier> GeldigeDossiers { get; } = Gen.Choose(0, int.MaxValue).Select(Maak);

    public static Dossier Maak(int seed)
    {
        var random = new Random(seed);
        var client = Client.MetBsn(Wlz.Rules.Model.Bsn.Parse(WillekeurigeBsn(random)), random.Next(2) == 0 ? null : new LocalDate(1920, 1, 1).PlusDays(random.Next(30000)));
        var toewijzingen = new List<Zorgtoewijzing>();
        var mazen = new List<Maz>();
        var mutaties = new List<Mutatie>();
        var aats = new List<Aat>();
        var indicaties = new List<Indicatie>();
        var zorgprofielen = Zorgprofielen.Alle;

        for (var i = 0; i < random.Next(0, 3); i++)
        {
            var ingang = Basis.PlusDays(random.Next(0, 50000));
            indicaties.Add(new Indicatie
            {
                Besluitnummer = random.Next(1, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Zorgprofiel = zorgprofielen[random.Next(zorgprofielen.Count)],
                Ingangsdatum = ingang,
                Einddatum = random.Next(2) == 0 ? null : ingang.PlusDays(random.Next(0, 3000)),
            });
        }

        for (var t = 0; t < random.Next(1, 5); t++)
        {
            var ingang = Basis.PlusDays(30 + random.Next(0, 55000));
            var duur = random.Next(0, 2000);
            var toewijzingsdatum = ingang.PlusDays(-random.Next(0, 30));
            var toewijzing = new Zorgtoewijzing
            {
                Id = $"T{t}",
                Besluitnummer = random.Next(1, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Zorgprofiel = zorgprofielen[random.Next(zorgprofielen.Count)],
                Zorgaanbieder = AgbCode.Parse(random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Soort = Kies(random, Enum.GetValues<SoortToewijzing>()),
                Leveringsvorm = Kies(random, Enum.GetValues<Leveringsvorm>()),
                Percentage = random.Next(1, 101),
                Toewijzingsdatum = toewijzingsdatum,
                Ontvangstdatum = random.Next(2) == 0 ? null : toewijzingsdatum.PlusDays(random.Next(0, 5)),
                Ingangsdatum = ingang,
                Einddatum = random.Next(3) == 0 ? null : ingang.PlusDays(duur),
                RedenIntrekking = random.Next(4) == 0 ? Kies(random, Enum.GetValues<RedenIntrekking>()) : null,
                IsDossierhouder = random.Next(2) == 0,
            };
            toewijzingen.Add(toewijzing);
            var laatste = toewijzing.Einddatum ?? ingang.PlusDays(duur);

            for (var m = 0; m < random.Next(0, 3); m++)
            {
                var begin = Tussen(random, ingang, laatste);
                var sleutel = begin.PlusDays(-random.Next(1, 15));
                mazen.Add(new Maz
                {
                    ToewijzingId = toewijzing.Id,
                    Begindatum = begin,
                    Sleuteldatum = random.Next(2) == 0 || sleutel < ingang ? null : sleutel,
                    Behandeling = random.Next(2) == 0,
                    StatusAanlevering = Kies(random, Enum.GetValues<StatusAanlevering>()),
                });
            }

            for (var m = 0; m < random.Next(0, 3); m++)
            {
                mutaties.Add(Mutatie(random, toewijzing, ingang, laatste));
            }

            if (random.Next(3) == 0)
            {
                aats.Add(new Aat
                {
                    ToewijzingId = toewijzing.Id,
                    Ontvangstdatum = Tussen(random, ingang, laatste),
                    Zorgprofiel = zorgprofielen[random.Next(zorgprofielen.Count)],
                    Leveringsvorm = Kies(random, Enum.GetValues<Leveringsvorm>()),
                    Ingangsdatum = ingang,
                    Einddatum = toewijzing.Einddatum,
                });
            }
        }

        return new Dossier { Client = client, Indicaties = indicaties, Zorgtoewijzingen = toewijzingen, Mazen = mazen, Mutaties = mutaties, Aats = aats };
    }

    private static Mutatie Mutatie(Random random, Zorgtoewijzing toewijzing, LocalDate ingang, LocalDate laatste)
    {
        var code = Kies(random, Enum.GetValues<Mutatiecode>());
        if (code == Mutatiecode.ClientWilZorgNogNiet && toewijzing.Soort != SoortToewijzing.Regulier)
        {
            code = Mutatiecode.AanbiederKanZorgNogNietLeveren;
        }

        var status = Kies(random, IwlzCodelijsten.ToegestaneLeveringsstatussen(code).Order().ToArray());
        var classificaties = IwlzCodelijsten.ToegestaneClassificaties(status).Order().ToArray();
        var mutatiedatum = Tussen(random, ingang, laatste);
        return new Mutatie
        {
            ToewijzingId = toewijzing.Id,
            Mutatiecode = code,
            Mutatiedatum = mutatiedatum,
            Begindatum = IwlzCodelijsten.IsEindeZorg(code) ? Tussen(random, ingang, mutatiedatum) : null,
            Leveringsstatus = status,
            Classificatie = classificaties.Length == 0 ? null : Kies(random, classificaties),
            StatusAanlevering = Kies(random, Enum.GetValues<StatusAanlevering>()),
        };
    }

    private static LocalDate Tussen(Random random, LocalDate van, LocalDate tot) =>
        van.PlusDays(random.Next(0, Period.Between(van, tot, PeriodUnits.Days).Days + 1));

    private static T Kies<T>(Random random, T[] waarden) => waarden[random.Next(waarden.Length)];

    private static string WillekeurigeBsn(Random random)
    {
        while (true)
        {
            var cijfers = new int[9];
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                cijfers[i] = random.Next(10);
                som += cijfers[i] * (9 - i);
            }

            cijfers[8] = som % 11;
            if (cijfers[8] < 10 && som > 0)
            {
                return string.Concat(cijfers);
            }
        }
    }
}
