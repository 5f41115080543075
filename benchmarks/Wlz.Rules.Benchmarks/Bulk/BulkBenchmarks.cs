using BenchmarkDotNet.Attributes;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>
/// The full rule set (every rule of Wlz.Rules) over a generated population through the facade's streaming bulk path
/// (validation included), on our executor and on NRules' own runtime (<see cref="WlzRuntime"/>), with 1 and 2 workers.
/// The population is generated once in the setup, so only validation and evaluation are measured. See the Cliënten/s
/// and Bytes/cliënt columns. The setup of an NRules case throws unless NRules gives as many signals as the executor.
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

    /// <summary>Gets or sets the number of workers (<see cref="WlzRulesOptions.MaxDegreeOfParallelism"/>).</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    /// <summary>Gets or sets the runtime that runs the rules.</summary>
    [Params(WlzRuntime.Executor, WlzRuntime.NRules)]
    public WlzRuntime Runtime { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = Generator(Clienten);
        _dossiers = [.. generator.Dossiers()];
        _engine = Engine(generator.Register, Workers, Runtime);
        if (Runtime != WlzRuntime.Executor)
        {
            long executor = Evaluate(Engine(generator.Register, Workers, WlzRuntime.Executor), _dossiers);
            long nrules = Evaluate(_engine, _dossiers);
            if (nrules != executor)
            {
                throw new InvalidOperationException($"{Runtime} gave {nrules} signals for {Clienten} cliënten, the executor {executor}.");
            }
        }
    }

    [Benchmark]
    public long FullRuleSet() => Evaluate(_engine, _dossiers);

    /// <summary>The generated population of the bulk benchmarks: seed 42, one zorgaanbieder per 500 cliënten (at least 12).</summary>
    internal static Populatiegenerator Generator(int clienten) =>
        new(clienten, Math.Max(12, clienten / 500), seed: 42, Peildatum);

    internal static WlzRuleEngine Engine(Zorgaanbiederregister register, int workers, WlzRuntime runtime = WlzRuntime.Executor) =>
        new(new WlzRulesOptions { Zorgaanbieders = register, MaxDegreeOfParallelism = workers, Runtime = runtime });

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

/// <summary>
/// The in-process ceiling of the 2-worker full rule set: the calling thread and one thread-pool thread, each running
/// its own 1-worker executor engine over half of the population (no shared input order, no hand-out). Divide
/// <see cref="BulkBenchmarks"/>' 1-worker executor time of the same run by this for what two threads allow on this machine.
/// </summary>
[Config(typeof(BulkConfig))]
public class BulkCeilingBenchmarks
{
    private Dossier[] _first = null!;
    private Dossier[] _second = null!;
    private WlzRuleEngine _engine = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000, 100_000)]
    public int Clienten { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = BulkBenchmarks.Generator(Clienten);
        Dossier[] dossiers = [.. generator.Dossiers()];
        _first = dossiers[..(dossiers.Length / 2)];
        _second = dossiers[(dossiers.Length / 2)..];
        _engine = BulkBenchmarks.Engine(generator.Register, workers: 1);
    }

    [Benchmark]
    public long IndependentThreads2()
    {
        var second = Task.Run(() => BulkBenchmarks.Evaluate(_engine, _second));
        return BulkBenchmarks.Evaluate(_engine, _first) + second.Result;
    }
}
