using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>The shared, read-only part of a generated population: the zorgaanbieders and the lookup tables.</summary>
internal sealed class Populatiemodel
{
    internal const int DomeinDossier = 1;
    internal const int DomeinZorgaanbieder = 2;
    internal const int DomeinBsn = 3;

    private static readonly Sector[] Sectoren = [Sector.Vv, Sector.Vg, Sector.Ggz, Sector.Lg, Sector.Lvg, Sector.Zg];

    // Per sector (same order as Sectoren): the zorgprofielen cliënten get, repeated by weight.
    private static readonly Zorgprofiel[][] ClientProfielen =
    [
        Gewogen((753, 20), (754, 35), (755, 25), (756, 5), (757, 5), (759, 5), (191, 5)),
        Gewogen((802, 10), (804, 10), (806, 15), (808, 20), (810, 25), (812, 10), (814, 10)),
        Gewogen((864, 20), (766, 20), (768, 15), (880, 10), (882, 15), (884, 10), (866, 10)),
        Gewogen((824, 15), (826, 25), (828, 25), (830, 20), (832, 15)),
        Gewogen((780, 15), (781, 25), (782, 25), (783, 20), (784, 10), (790, 5)),
        Gewogen((842, 20), (844, 25), (846, 25), (852, 15), (854, 15)),
    ];

    // All zorgprofielen of each sector that a zorgaanbieder of that sector may be contracted for.
    private static readonly Zorgprofiel[][] SectorProfielen =
        [.. Sectoren.Select(s => Zorgprofielen.Alle.Where(z => z.Sector == s).ToArray())];

    internal Populatiemodel(int aantalZorgaanbieders, int seed, LocalDate peildatum)
    {
        Seed = seed;
        Peildatum = peildatum;
        BsnVerschuiving = MengSeed(seed, 0, DomeinBsn) % Populatiegenerator.MaxAantalClienten;
        Zorgaanbieders = new Zorgaanbieder[aantalZorgaanbieders];
        var contractanten = new List<int>[1000];
        for (var i = 0; i < aantalZorgaanbieders; i++)
        {
            var zorgaanbieder = MaakZorgaanbieder(i, new Random(MengSeed(seed, i, DomeinZorgaanbieder)));
            Zorgaanbieders[i] = zorgaanbieder;
            foreach (var profiel in zorgaanbieder.GecontracteerdeZorgprofielen)
            {
                (contractanten[profiel.Code] ??= []).Add(i);
            }
        }

        Contractanten = new int[1000][];
        for (var code = 0; code < contractanten.Length; code++)
        {
            Contractanten[code] = contractanten[code] is { } lijst ? [.. lijst.Order()] : [];
        }
    }

    internal int Seed { get; }

    internal LocalDate Peildatum { get; }

    internal int BsnVerschuiving { get; }

    internal Zorgaanbieder[] Zorgaanbieders { get; }

    /// <summary>Gets, per zorgprofiel code, the indexes of the zorgaanbieders contracted for it.</summary>
    internal int[][] Contractanten { get; }

    internal static Zorgprofiel[] ProfielenVoorSector(int sectorIndex) => ClientProfielen[sectorIndex];

    /// <summary>Mixes seed, index and domain into a seed for <see cref="Random"/> (SplitMix64 finaliser).</summary>
    internal static int MengSeed(int seed, int index, int domein)
    {
        unchecked
        {
            var z = (((ulong)(uint)seed << 32) | (uint)index) ^ ((ulong)domein * 0xD1B54A32D192ED03UL);
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    private static Zorgaanbieder MaakZorgaanbieder(int index, Random random)
    {
        var sectorIndex = index < Sectoren.Length ? index : Kies(random.Next(100), 45, 20, 12, 8, 8);
        var sector = Sectoren[sectorIndex];
        var gecontracteerd = new List<Zorgprofiel>();
        foreach (var profiel in SectorProfielen[sectorIndex])
        {
            if (random.Next(100) >= 25)
            {
                gecontracteerd.Add(profiel);
            }
        }

        if (gecontracteerd.Count == 0)
        {
            gecontracteerd.Add(ClientProfielen[sectorIndex][0]);
        }

        var sectoren = new List<Sector> { sector };
        if (random.Next(100) < 30)
        {
            var andere = (sectorIndex + 1 + random.Next(Sectoren.Length - 1)) % Sectoren.Length;
            var profielen = ClientProfielen[andere];
            var aantal = 1 + random.Next(2);
            for (var i = 0; i < aantal; i++)
            {
                var profiel = profielen[random.Next(profielen.Length)];
                if (!gecontracteerd.Contains(profiel))
                {
                    gecontracteerd.Add(profiel);
                }
            }

            sectoren.Add(Sectoren[andere]);
        }

        var agbCode = Testnummers.AgbCode(index + 1);
        return new Zorgaanbieder
        {
            AgbCode = agbCode,
            Naam = string.Create(CultureInfo.InvariantCulture, $"Zorgaanbieder {index + 1:D4} ({sector})"),
            ToegelatenSectoren = sectoren.ToHashSet(),
            ToegelatenVoorBehandeling = random.Next(100) < 60,
            GecontracteerdeZorgprofielen = gecontracteerd.ToHashSet(),
        };
    }

    /// <summary>Picks the index of the band that <paramref name="worp"/> (0–99) falls in; the last band takes the rest.</summary>
    internal static int Kies(int worp, params ReadOnlySpan<int> aandelen)
    {
        var grens = 0;
        for (var i = 0; i < aandelen.Length; i++)
        {
            grens += aandelen[i];
            if (worp < grens)
            {
                return i;
            }
        }

        return aandelen.Length;
    }

    private static Zorgprofiel[] Gewogen(params (int Code, int Gewicht)[] profielen)
    {
        var lijst = new List<Zorgprofiel>();
        foreach (var (code, gewicht) in profielen)
        {
            var profiel = Zorgprofielen.Geef(code);
            for (var i = 0; i < gewicht; i++)
            {
                lijst.Add(profiel);
            }
        }

        return [.. lijst];
    }
}
