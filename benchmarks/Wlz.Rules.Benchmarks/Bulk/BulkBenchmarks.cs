using BenchmarkDotNet.Attributes;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>
/// The full rule set (every rule of Wlz.Rules) over a generated population through the facade's streaming bulk path
/// (validation included), sequential (<c>MaxDegreeOfParallelism = 1</c>) and parallel (all cores). The population is
/// generated once in the setup, so only validation and evaluation are measured. See the Cliënten/s and Bytes/cliënt columns.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Wlz.Rules.Benchmarks -- --filter '*BulkBenchmarks*' --job Short</c>.</remarks>
[Config(typeof(BulkConfig))]
public class BulkBenchmarks
{
    internal static readonly LocalDate Peildatum = new(2026, 5, 4);

    private Dossier[] _dossiers = null!;
    private WlzRuleEngine _engine = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000, 100_000)]
    public int Clienten { get; set; }

    /// <summary>Gets or sets a value indicating whether the evaluation runs on all cores.</summary>
    [Params(false, true)]
    public bool Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new Populatiegenerator(Clienten, Math.Max(12, Clienten / 500), seed: 42, Peildatum);
        _dossiers = [.. generator.Dossiers()];
        _engine = Engine(generator.Register, Parallel);
    }

    [Benchmark]
    public long FullRuleSet() => Evaluate(_engine, _dossiers);

    internal static WlzRuleEngine Engine(Zorgaanbiederregister register, bool parallel) =>
        new(new WlzRulesOptions { Zorgaanbieders = register, MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 });

    internal static long Evaluate(WlzRuleEngine engine, IEnumerable<Dossier> dossiers)
    {
        long signalen = 0;
        foreach (var resultaat in engine.EvaluateStream(dossiers, Peildatum))
        {
            signalen += resultaat.Signalen.Count;
        }

        return signalen;
    }
}
