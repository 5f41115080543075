using BenchmarkDotNet.Attributes;
using Wlz.Rules.Benchmarks.Bulk;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Benchmarks.Export;

/// <summary>
/// The export stage of the weekly job on already evaluated results: the in-memory report (<see cref="Rapportbestand.Van(Evaluatierapport, Identificatie)"/>
/// serialized whole, the baseline) against the bounded-memory path (<see cref="Rapportopbouw"/> spooling every entry,
/// then <see cref="RapportJson.Schrijf(Rapportbestand, Stream)"/> reading them back), both writing rapport.json to a
/// null stream. Explanations are composed once in the setup, so neither case pays for them.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Wlz.Rules.Benchmarks -- --filter '*ExportBenchmarks*' --job Short</c>.</remarks>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private static readonly Identificatie Gemaskeerd = Identificatie.Gemaskeerd("benchmark-geheim-van-genoeg-bytes"u8);

    private Dossierresultaat[] _resultaten = null!;
    private Evaluatierapport _rapport = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000, 100_000)]
    public int Clienten { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = BulkBenchmarks.Generator(Clienten);
        var dossiers = generator.Dossiers().ToArray();
        var engine = BulkBenchmarks.Engine(generator.Register, 2);
        _resultaten = [.. engine.EvaluateStream(dossiers, BulkBenchmarks.Peildatum)];
        _rapport = engine.EvaluateAll(dossiers, BulkBenchmarks.Peildatum);
        foreach (var signaal in _resultaten.SelectMany(r => r.Signalen).Concat(_rapport.Signalen))
        {
            _ = signaal.Uitleg;
        }
    }

    [Benchmark(Baseline = true)]
    public void InMemory() => RapportJson.Schrijf(Rapportbestand.Van(_rapport, Gemaskeerd), Stream.Null);

    [Benchmark]
    public void Spooled()
    {
        using var opbouw = new Rapportopbouw(BulkBenchmarks.Peildatum, Gemaskeerd);
        foreach (var resultaat in _resultaten)
        {
            opbouw.Voegtoe(resultaat);
        }

        RapportJson.Schrijf(opbouw.Rapport(), Stream.Null);
    }

    /// <summary>The pairing key alone: one keyed hash per entry.</summary>
    [Benchmark]
    public int Koppelsleutels()
    {
        var totaal = 0;
        foreach (var signaal in _rapport.Signalen)
        {
            totaal += Gemaskeerd.Koppelsleutel(signaal).Length;
        }

        return totaal;
    }
}
