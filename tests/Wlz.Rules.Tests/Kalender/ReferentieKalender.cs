using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

/// <summary>
/// A deliberately naive day-by-day werkdagenkalender: a set of feestdag dates plus the weekend rule, and loops for every
/// operation. It is the reference the precomputed calendar is checked against.
/// </summary>
internal sealed class ReferentieKalender
{
    private static readonly LocalDate _eerste = new(1990, 1, 1);
    private static readonly LocalDate _laatste = new(2200, 12, 31);
    private readonly HashSet<LocalDate> _feestdagen;

    public ReferentieKalender(IEnumerable<LocalDate> feestdagen)
    {
        _feestdagen = new HashSet<LocalDate>(feestdagen);
    }

    /// <summary>Builds the reference for the given options, from the statutory days, the shipped decree days and the options.</summary>
    public static ReferentieKalender Voor(WerkdagenkalenderOptions options)
    {
        var dagen = new List<LocalDate>();
        for (var jaar = 1990; jaar <= 2200; jaar++)
        {
            dagen.AddRange(AtwFeestdagen.Voor(jaar).Select(f => f.Datum));
        }

        if (options.IncludeKoninklijkBesluitDagen)
        {
            dagen.AddRange(GelijkgesteldeDagen.Alle.Select(f => f.Datum));
        }

        dagen.AddRange(options.ExtraDagen.Select(f => f.Datum));
        return new ReferentieKalender(dagen.Where(d => !options.VerwijderdeDagen.Contains(d)));
    }

    public bool IsWerkdag(LocalDate datum)
    {
        if (datum < _eerste || datum > _laatste)
        {
            throw new ArgumentOutOfRangeException(nameof(datum));
        }

        return datum.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_feestdagen.Contains(datum);
    }

    public LocalDate AddWerkdagen(LocalDate start, int aantal)
    {
        var stap = Math.Sign(aantal);
        var datum = start;
        for (var geteld = 0; geteld < Math.Abs(aantal);)
        {
            datum = datum.PlusDays(stap);
            if (IsWerkdag(datum))
            {
                geteld++;
            }
        }

        return datum;
    }

    public int CountWerkdagen(LocalDate van, LocalDate tot)
    {
        if (tot < van)
        {
            return -CountWerkdagen(tot, van);
        }

        var aantal = 0;
        for (var d = van; d < tot; d = d.PlusDays(1))
        {
            if (IsWerkdag(d))
            {
                aantal++;
            }
        }

        return aantal;
    }

    public LocalDate NextWerkdagOnOrAfter(LocalDate datum)
    {
        while (!IsWerkdag(datum))
        {
            datum = datum.PlusDays(1);
        }

        return datum;
    }

    public LocalDate PreviousWerkdagOnOrBefore(LocalDate datum)
    {
        while (!IsWerkdag(datum))
        {
            datum = datum.PlusDays(-1);
        }

        return datum;
    }
}
