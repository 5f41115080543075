using System.Numerics;
using System.Runtime.CompilerServices;
using FluentValidation;
using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>
/// The Dutch werkdagenkalender of the Algemene termijnenwet (Atw, BWBR0002448): every day is a werkdag except
/// Saturdays, Sundays, the algemeen erkende feestdagen, Goede Vrijdag and (optionally) the days gelijkgesteld by royal
/// decree, with the user's added and removed days applied. Supports the dates 1990-01-01 to 2200-12-31.
/// </summary>
/// <remarks>
/// <para><b>Feestdagen.</b> Atw art. 3 lid 1: "Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag,
/// de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van
/// de Koning wordt gevierd en de vijfde mei." The fifth of May (Bevrijdingsdag) counts every year. The King's birthday is
/// celebrated on 27 April (Koningsdag, from 2014), or on Saturday 26 April when the 27th is a Sunday; up to 2013 on
/// 30 April (Koninginnedag), or Saturday 29 April when the 30th was a Sunday.</para>
/// <para>Atw art. 3 lid 2: "Voor de toepassing van deze wet wordt Goede Vrijdag met de in het vorige lid genoemde dagen
/// gelijkgesteld." Atw art. 3 lid 3 lets the Crown gelijkstellen further days by a decree published in the Staatscourant;
/// those ship as dated, cited data in <see cref="GelijkgesteldeDagen"/> and count when
/// <see cref="WerkdagenkalenderOptions.IncludeKoninklijkBesluitDagen"/> is set (the default).</para>
/// <para>Easter follows the Gregorian computus; Goede Vrijdag is Easter − 2 days, Tweede Paasdag Easter + 1, Hemelvaartsdag
/// Easter + 39 and Tweede Pinksterdag Easter + 50. Eerste Paasdag and Eerste Pinksterdag are Sundays and not listed.</para>
/// <para><b>Performance.</b> The calendar is precomputed when built: one bit per day (a werkdag bit set), a cumulative
/// werkdag count per 64 days, and the dates of all werkdagen in order. Checking, counting and adding werkdagen are O(1),
/// allocation-free and independent of the number of days involved. Building takes some 30 ms and keeps about 0.5 MB;
/// reuse calendars (for example <see cref="Standaard"/>).</para>
/// <para>See <see cref="IWerkdagenkalender"/> for the counting conventions.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and safe for concurrent use.</threadsafety>
public sealed class NederlandseWerkdagenkalender : IWerkdagenkalender
{
    private const int AantalJaren = KalenderBereik.LaatsteJaar - KalenderBereik.EersteJaar + 1;

    private static readonly WerkdagenkalenderOptionsValidator _validator = new();
    private static readonly Lazy<NederlandseWerkdagenkalender> _standaard =
        new(() => new NederlandseWerkdagenkalender(new WerkdagenkalenderOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Index of the first day of each month of the range, relative to 1990-01-01: [(year - 1990) * 12 + month - 1].
    private static readonly int[] _maandStart = BouwMaandStart(out _aantalDagen);
    private static readonly int _aantalDagen;

    private readonly ulong[] _werkdagBits;
    private readonly int[] _werkdagenVoorWoord;
    private readonly LocalDate[] _werkdagen;
    private readonly Dictionary<LocalDate, NietWerkdagReden> _feestdagRedenen;
    private readonly IReadOnlyList<Feestdag>[] _feestdagenPerJaar;

    private NederlandseWerkdagenkalender(WerkdagenkalenderOptions options)
    {
        var feestdagen = VerzamelFeestdagen(options);

        _feestdagRedenen = feestdagen
            .GroupBy(f => f.Datum)
            .ToDictionary(g => g.Key, g => NietWerkdagReden.ForFeestdagen(g));

        _feestdagenPerJaar = new IReadOnlyList<Feestdag>[AantalJaren];
        var perJaar = feestdagen.ToLookup(f => f.Datum.Year);
        for (var j = 0; j < AantalJaren; j++)
        {
            _feestdagenPerJaar[j] = Array.AsReadOnly(perJaar[KalenderBereik.EersteJaar + j].ToArray());
        }

        var woorden = (_aantalDagen >> 6) + 1;
        _werkdagBits = new ulong[woorden];
        _werkdagenVoorWoord = new int[woorden];
        var werkdagen = new List<LocalDate>(_aantalDagen * 5 / 7);
        var datum = KalenderBereik.EersteDatum;
        for (var i = 0; i < _aantalDagen; i++, datum = datum.PlusDays(1))
        {
            if (datum.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_feestdagRedenen.ContainsKey(datum))
            {
                _werkdagBits[i >> 6] |= 1UL << (i & 63);
                werkdagen.Add(datum);
            }
        }

        for (var w = 1; w < woorden; w++)
        {
            _werkdagenVoorWoord[w] = _werkdagenVoorWoord[w - 1] + BitOperations.PopCount(_werkdagBits[w - 1]);
        }

        _werkdagen = werkdagen.ToArray();
        IncludeKoninklijkBesluitDagen = options.IncludeKoninklijkBesluitDagen;
    }

    /// <summary>Gets the calendar with the default options: the Atw feestdagen, Goede Vrijdag and the shipped decree days, nothing added or removed.</summary>
    public static NederlandseWerkdagenkalender Standaard => _standaard.Value;

    /// <summary>Gets a value indicating whether the days gelijkgesteld by royal decree are non-werkdagen in this calendar.</summary>
    public bool IncludeKoninklijkBesluitDagen { get; }

    /// <inheritdoc/>
    public DateInterval Bereik { get; } = new(KalenderBereik.EersteDatum, KalenderBereik.LaatsteDatum);

    /// <summary>Builds a calendar from options.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the calendar.</param>
    /// <returns>The immutable calendar.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ValidationException">Thrown when the options are invalid (see <see cref="WerkdagenkalenderOptionsValidator"/>); the message lists every problem.</exception>
    public static NederlandseWerkdagenkalender Create(WerkdagenkalenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _validator.ValidateAndThrow(options);
        return new NederlandseWerkdagenkalender(options);
    }

    /// <summary>Builds the Dutch calendar with extra non-werkdagen, for example a zorgkantoor's closing days.</summary>
    /// <param name="extraDagen">The dates to add, each once.</param>
    /// <param name="naam">The name given to each added date in explanations.</param>
    /// <returns>The immutable calendar.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="extraDagen"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="naam"/> is empty.</exception>
    /// <exception cref="ValidationException">Thrown when a date is outside the range or listed twice.</exception>
    public static NederlandseWerkdagenkalender Create(IEnumerable<LocalDate> extraDagen, string naam = "Sluitingsdag")
    {
        ArgumentNullException.ThrowIfNull(extraDagen);
        ArgumentException.ThrowIfNullOrWhiteSpace(naam);
        var options = new WerkdagenkalenderOptions();
        foreach (var datum in extraDagen)
        {
            options.AddDag(datum, naam);
        }

        return Create(options);
    }

    /// <inheritdoc/>
    public bool IsWerkdag(LocalDate datum)
    {
        var i = Index(datum, nameof(datum));
        return ((_werkdagBits[i >> 6] >> (i & 63)) & 1UL) != 0;
    }

    /// <inheritdoc/>
    public NietWerkdagReden? GetNietWerkdagReden(LocalDate datum)
    {
        var i = Index(datum, nameof(datum));
        if (((_werkdagBits[i >> 6] >> (i & 63)) & 1UL) != 0)
        {
            return null;
        }

        if (_feestdagRedenen.TryGetValue(datum, out var reden))
        {
            return reden;
        }

        return datum.DayOfWeek == IsoDayOfWeek.Saturday ? NietWerkdagReden.Zaterdag : NietWerkdagReden.Zondag;
    }

    /// <inheritdoc/>
    public LocalDate NextWerkdagOnOrAfter(LocalDate datum)
    {
        var k = WerkdagenVoor(Index(datum, nameof(datum)));
        if (k >= _werkdagen.Length)
        {
            KalenderBereik.ThrowResultaat(datum, 0, nameof(datum));
        }

        return _werkdagen[k];
    }

    /// <inheritdoc/>
    public LocalDate PreviousWerkdagOnOrBefore(LocalDate datum)
    {
        var k = WerkdagenVoor(Index(datum, nameof(datum)) + 1) - 1;
        if (k < 0)
        {
            KalenderBereik.ThrowResultaat(datum, 0, nameof(datum));
        }

        return _werkdagen[k];
    }

    /// <inheritdoc/>
    public LocalDate AddWerkdagen(LocalDate start, int aantal)
    {
        var i = Index(start, nameof(start));
        long k;
        if (aantal > 0)
        {
            // Werkdag 1 is the first werkdag after the start: skip the werkdagen up to and including the start.
            k = (long)WerkdagenVoor(i + 1) + aantal - 1;
        }
        else if (aantal < 0)
        {
            k = (long)WerkdagenVoor(i) + aantal;
        }
        else
        {
            return start;
        }

        if (unchecked((ulong)k) >= (ulong)_werkdagen.Length)
        {
            KalenderBereik.ThrowResultaat(start, aantal, nameof(aantal));
        }

        return _werkdagen[k];
    }

    /// <inheritdoc/>
    public int CountWerkdagen(LocalDate van, LocalDate tot) =>
        WerkdagenVoor(Index(tot, nameof(tot))) - WerkdagenVoor(Index(van, nameof(van)));

    /// <inheritdoc/>
    public int CountWerkdagen(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return WerkdagenVoor(Index(interval.End, nameof(interval)) + 1) - WerkdagenVoor(Index(interval.Start, nameof(interval)));
    }

    /// <inheritdoc/>
    public IReadOnlyList<Feestdag> GetFeestdagen(int jaar)
    {
        var j = jaar - KalenderBereik.EersteJaar;
        if (unchecked((uint)j) >= AantalJaren)
        {
            KalenderBereik.ThrowJaar(jaar, nameof(jaar));
        }

        return _feestdagenPerJaar[j];
    }

    /// <summary>Gets the number of werkdagen with a day index below <paramref name="index"/> (0 to the number of days).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WerkdagenVoor(int index)
    {
        var woord = index >> 6;
        return _werkdagenVoorWoord[woord] + BitOperations.PopCount(_werkdagBits[woord] & ((1UL << (index & 63)) - 1));
    }

    /// <summary>Gets the day index of a date relative to 1990-01-01, or throws when it is outside the range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(LocalDate datum, string paramName)
    {
        var j = datum.Year - KalenderBereik.EersteJaar;
        if (unchecked((uint)j) >= AantalJaren || datum.Calendar != CalendarSystem.Iso)
        {
            KalenderBereik.ThrowDatum(datum, paramName);
        }

        return _maandStart[(j * 12) + datum.Month - 1] + datum.Day - 1;
    }

    private static int[] BouwMaandStart(out int aantalDagen)
    {
        var start = new int[AantalJaren * 12];
        var index = 0;
        for (var j = 0; j < AantalJaren; j++)
        {
            var jaar = KalenderBereik.EersteJaar + j;
            for (var m = 1; m <= 12; m++)
            {
                start[(j * 12) + m - 1] = index;
                index += CalendarSystem.Iso.GetDaysInMonth(jaar, m);
            }
        }

        aantalDagen = index;
        return start;
    }

    private static List<Feestdag> VerzamelFeestdagen(WerkdagenkalenderOptions options)
    {
        var verwijderd = options.VerwijderdeDagen.ToHashSet();
        var dagen = new List<Feestdag>();
        for (var jaar = KalenderBereik.EersteJaar; jaar <= KalenderBereik.LaatsteJaar; jaar++)
        {
            dagen.AddRange(AtwFeestdagen.Voor(jaar));
        }

        if (options.IncludeKoninklijkBesluitDagen)
        {
            dagen.AddRange(GelijkgesteldeDagen.Alle);
        }

        dagen.AddRange(options.ExtraDagen);

        // A stable sort keeps the statutory order for days on the same date.
        return dagen.Where(f => !verwijderd.Contains(f.Datum)).OrderBy(f => f.Datum).ToList();
    }
}
