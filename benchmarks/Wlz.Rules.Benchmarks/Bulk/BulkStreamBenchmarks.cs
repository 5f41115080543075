using BenchmarkDotNet.Attributes;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>
/// 10k, 100k and one million cliënten streamed from the generator (never held in memory) through the full rule set,
/// on our executor with 1 and 2 workers: the linearity and memory check of the bulk path. Generation is included in the time
/// (compare with <see cref="BulkBenchmarks"/>, which generates in its setup). Slow: run it on its own with
/// <c>--filter '*BulkStream*' --job Short</c>.
/// </summary>
[Config(typeof(BulkConfig))]
public class BulkStreamBenchmarks
{
    private Populatiegenerator _generator = null!;
    private WlzRuleEngine _engine = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Clienten { get; set; }

    /// <summary>Gets or sets the number of workers (<see cref="WlzRulesOptions.MaxDegreeOfParallelism"/>).</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generator = BulkBenchmarks.Generator(Clienten);
        _engine = BulkBenchmarks.Engine(_generator.Register, Workers);
    }

    /// <summary>Prints the peak working set of the benchmark process (its own process: warm-up and iterations included).</summary>
    [GlobalCleanup]
    public void ReportPeakWorkingSet()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"// PeakWorkingSet Clienten={Clienten} Workers={Workers}: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    [Benchmark]
    public long FullRuleSetStreamed() => BulkBenchmarks.Evaluate(_engine, _generator.Dossiers());
}
