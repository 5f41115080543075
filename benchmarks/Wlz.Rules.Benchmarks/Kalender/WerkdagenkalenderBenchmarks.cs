using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Benchmarks.Kalender;

/// <summary>
/// The precomputed <see cref="NederlandseWerkdagenkalender"/> against a naive day-by-day loop over a set of feestdag
/// dates, for adding 10 werkdagen and for counting werkdagen between two dates, over random dates in 2000-2100.
/// Results are per call (<see cref="Operations"/> calls per invocation).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WerkdagenkalenderBenchmarks
{
    private const int Operations = 1024;

    private readonly NederlandseWerkdagenkalender _kalender = NederlandseWerkdagenkalender.Standaard;
    private readonly HashSet<LocalDate> _feestdagen = [];
    private readonly LocalDate[] _starts = new LocalDate[Operations];
    private readonly LocalDate[] _eindes = new LocalDate[Operations];

    /// <summary>Builds the random dates (fixed seed) and the naive feestdag set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var jaar = 1990; jaar <= 2200; jaar++)
        {
            foreach (var feestdag in _kalender.GetFeestdagen(jaar))
            {
                _feestdagen.Add(feestdag.Datum);
            }
        }

#pragma warning disable CA5394 // Not security relevant: reproducible benchmark input.
        var random = new Random(20260429);
        var eerste = new LocalDate(2000, 1, 1);
        for (var i = 0; i < Operations; i++)
        {
            _starts[i] = eerste.PlusDays(random.Next(0, 36_500));
            _eindes[i] = _starts[i].PlusDays(random.Next(0, 120));
        }
#pragma warning restore CA5394
    }

    /// <summary>Adds 10 werkdagen with a naive day-by-day loop.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    [BenchmarkCategory("Add10Werkdagen")]
    public int Add10Werkdagen_NaiveLoop()
    {
        var som = 0;
        foreach (var start in _starts)
        {
            var datum = start;
            for (var geteld = 0; geteld < 10;)
            {
                datum = datum.PlusDays(1);
                if (IsWerkdagNaive(datum))
                {
                    geteld++;
                }
            }

            som += datum.Day;
        }

        return som;
    }

    /// <summary>Adds 10 werkdagen with the precomputed calendar.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(OperationsPerInvoke = Operations)]
    [BenchmarkCategory("Add10Werkdagen")]
    public int Add10Werkdagen_Precomputed()
    {
        var som = 0;
        foreach (var start in _starts)
        {
            som += _kalender.AddWerkdagen(start, 10).Day;
        }

        return som;
    }

    /// <summary>Counts werkdagen in [start, end) (0-120 days apart) with a naive day-by-day loop.</summary>
    /// <returns>The total count.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    [BenchmarkCategory("CountWerkdagen")]
    public int CountWerkdagen_NaiveLoop()
    {
        var som = 0;
        for (var i = 0; i < Operations; i++)
        {
            for (var d = _starts[i]; d < _eindes[i]; d = d.PlusDays(1))
            {
                if (IsWerkdagNaive(d))
                {
                    som++;
                }
            }
        }

        return som;
    }

    /// <summary>Counts werkdagen in [start, end) (0-120 days apart) with the precomputed calendar.</summary>
    /// <returns>The total count.</returns>
    [Benchmark(OperationsPerInvoke = Operations)]
    [BenchmarkCategory("CountWerkdagen")]
    public int CountWerkdagen_Precomputed()
    {
        var som = 0;
        for (var i = 0; i < Operations; i++)
        {
            som += _kalender.CountWerkdagen(_starts[i], _eindes[i]);
        }

        return som;
    }

    private bool IsWerkdagNaive(LocalDate datum) =>
        datum.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_feestdagen.Contains(datum);
}
