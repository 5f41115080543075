using BenchmarkDotNet.Attributes;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>
/// Opt-in: one million cliënten streamed from the generator (never held in memory) through the full rule set,
/// sequential and parallel. Generation is included in the time (compare with <see cref="BulkBenchmarks"/>,
/// which generates in its setup). Run it on its own: <c>--filter '*BulkMiljoen*' --job Dry</c> or <c>--job Short</c>.
/// </summary>
[Config(typeof(BulkConfig))]
public class BulkMiljoenBenchmarks
{
    private Populatiegenerator _generator = null!;
    private WlzRuleEngine _engine = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(1_000_000)]
    public int Clienten { get; set; }

    /// <summary>Gets or sets a value indicating whether the evaluation runs on all cores.</summary>
    [Params(false, true)]
    public bool Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generator = new Populatiegenerator(Clienten, Clienten / 500, seed: 42, BulkBenchmarks.Peildatum);
        _engine = BulkBenchmarks.Engine(_generator.Register, Parallel);
    }

    [Benchmark]
    public long FullRuleSetStreamed() => BulkBenchmarks.Evaluate(_engine, _generator.Dossiers());
}
