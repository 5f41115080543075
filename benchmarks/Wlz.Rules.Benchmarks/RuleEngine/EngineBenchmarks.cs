using BenchmarkDotNet.Attributes;
using Wlz.Rules.Benchmarks.Bulk;
using Wlz.Rules.Engine;
using Wlz.Rules.Engine.Bulk;

namespace Wlz.Rules.Benchmarks.RuleEngine;

/// <summary>
/// The three representative rules (NRules.Fluent rules, <see cref="EngineBenchmarkData"/>) over ~3 facts per
/// cliënt, on our executor: one session holding all facts, one session per cliënt (reused), and the parallel bulk path.
/// The same rules on NRules' runtime: <see cref="EngineNRulesBenchmarks"/> and <see cref="EngineNRulesOneSessionBenchmarks"/>.
/// </summary>
[Config(typeof(BulkConfig))]
public class EngineBenchmarks
{
    private ISessionFactory _factory = null!;
    private object[][] _clients = null!;
    private object[][] _quietClients = null!;
    private object[][] _partitions = null!;
    private ISession _session = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineBenchmarkData.Compile();
        _clients = EngineBenchmarkData.Clients(Clients, quiet: false);
        _quietClients = EngineBenchmarkData.Clients(Clients, quiet: true);
        _session = _factory.CreateSession();

        // The bulk path's partitions hold their facts (the peildatum included) as an array, as a dossier would.
        _partitions = EngineBenchmarkData.Partitions(_clients);

        // The mixed set yields 17 signals per 100 cliënten, the quiet set none.
        EngineBenchmarkData.AssertCount(nameof(PerClient), PerClient(), Clients / 100 * 17);
        EngineBenchmarkData.AssertCount(nameof(PerClientQuiet), PerClientQuiet(), 0);
    }

    [Benchmark]
    public int OneSession()
    {
        var session = _factory.CreateSession();
        session.Insert(EngineBenchmarkData.Peil);
        foreach (object[] client in _clients)
        {
            foreach (object fact in client)
            {
                session.Insert(fact);
            }
        }

        return EngineBenchmarkData.Signals(session.Fire());
    }

    [Benchmark]
    public int PerClient() => PerClient(_clients);

    [Benchmark]
    public int PerClientQuiet() => PerClient(_quietClients);

    [Benchmark]
    public int BulkSequential() => Bulk(1);

    [Benchmark]
    public int BulkParallel2() => Bulk(2);

    /// <summary>
    /// The in-process ceiling for <see cref="BulkParallel2"/>: the calling thread and one thread-pool thread (as the bulk
    /// path uses them), each with its own session over half of the partitions, inserted as the bulk path does; no input
    /// order and no hand-out. Divide by <see cref="BulkSequential"/> for what this machine allows.
    /// </summary>
    [Benchmark]
    public int IndependentThreads2()
    {
        int half = _partitions.Length / 2;
        var second = Task.Run(() => Half(half, _partitions.Length));
        return Half(0, half) + second.Result;
    }

    private int Half(int from, int to)
    {
        var session = _factory.CreateSession();
        int results = 0;
        for (int i = from; i < to; i++)
        {
            session.Reset();
            session.InsertAll(_partitions[i]);
            results += EngineBenchmarkData.Signals(session.Fire());
        }

        return results;
    }

    private int PerClient(object[][] clients)
    {
        var session = _session;
        int results = 0;
        foreach (object[] client in clients)
        {
            session.Reset();
            session.Insert(EngineBenchmarkData.Peil);
            foreach (object fact in client)
            {
                session.Insert(fact);
            }

            results += EngineBenchmarkData.Signals(session.Fire());
        }

        return results;
    }

    private int Bulk(int degree)
    {
        int results = 0;
        var options = new BulkOptions { MaxDegreeOfParallelism = degree };
        foreach (var partition in _factory.EvaluateMany(_partitions, FactsOf, options))
        {
            results += EngineBenchmarkData.Signals(partition.Result);
        }

        return results;
    }

    private static IEnumerable<object> FactsOf(object[] partition) => partition;
}

/// <summary>
/// The same three rules on NRules' own runtime, one new NRules session per cliënt, on one thread and on two (the calling
/// thread and one thread-pool thread, each with its own sessions over half of the cliënten, as
/// <see cref="EngineBenchmarks.IndependentThreads2"/>). Compare with <see cref="EngineBenchmarks.PerClient"/>,
/// <see cref="EngineBenchmarks.BulkSequential"/> and <see cref="EngineBenchmarks.IndependentThreads2"/> of the same run.
/// The setup throws unless NRules' signals equal the executor's.
/// </summary>
[Config(typeof(BulkConfig))]
public class EngineNRulesBenchmarks
{
    private NRules.ISessionFactory _nrules = null!;
    private object[][] _partitions = null!;

    /// <summary>Gets or sets the number of cliënten (no 1M: a run of NRules at 1M takes longer than the rest together).</summary>
    [Params(10_000, 100_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _nrules = EngineBenchmarkData.CompileNRules();
        _partitions = EngineBenchmarkData.Partitions(EngineBenchmarkData.Clients(Clients, quiet: false));

        var executor = EngineBenchmarkData.ExecutorSignals(EngineBenchmarkData.Compile(), _partitions);
        EngineBenchmarkData.AssertSame("session per cliënt", executor, EngineBenchmarkData.NRulesSignals(_nrules, _partitions), Clients);
        EngineBenchmarkData.AssertCount(nameof(NRulesPerClient), NRulesPerClient(), executor.Count);
        EngineBenchmarkData.AssertCount(nameof(NRulesPerClient2Threads), NRulesPerClient2Threads(), executor.Count);
    }

    [Benchmark]
    public int NRulesPerClient() => PerClient(0, _partitions.Length);

    [Benchmark]
    public int NRulesPerClient2Threads()
    {
        int half = _partitions.Length / 2;
        var second = Task.Run(() => PerClient(half, _partitions.Length));
        return PerClient(0, half) + second.Result;
    }

    private int PerClient(int from, int to)
    {
        int results = 0;
        for (int i = from; i < to; i++)
        {
            var session = _nrules.CreateSession();
            session.InsertAll(_partitions[i]);
            session.Fire();
            results += EngineBenchmarkData.Signals(session);
        }

        return results;
    }
}

/// <summary>
/// The same three rules on NRules' own runtime in one session holding all facts. NRules joins without hash indexes, so
/// this is quadratic in the number of cliënten: 10,000 only. Compare with <see cref="EngineBenchmarks.OneSession"/>.
/// The setup throws unless NRules' signals equal the executor's.
/// </summary>
[Config(typeof(BulkConfig))]
public class EngineNRulesOneSessionBenchmarks
{
    private NRules.ISessionFactory _nrules = null!;
    private object[] _facts = null!;

    /// <summary>Gets or sets the number of cliënten.</summary>
    [Params(10_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _nrules = EngineBenchmarkData.CompileNRules();
        var clients = EngineBenchmarkData.Clients(Clients, quiet: false);
        _facts = [EngineBenchmarkData.Peil, .. clients.SelectMany(client => client)];

        var session = EngineBenchmarkData.Compile().CreateSession();
        session.InsertAll(_facts);
        var executor = session.Fire().ResultsOf<BenchSignaal>();

        var nrules = _nrules.CreateSession();
        nrules.InsertAll(_facts);
        nrules.Fire();
        EngineBenchmarkData.AssertSame("one session", executor, [.. nrules.Query<BenchSignaal>()], Clients);
    }

    [Benchmark]
    public int NRulesOneSession()
    {
        var session = _nrules.CreateSession();
        session.InsertAll(_facts);
        session.Fire();
        return EngineBenchmarkData.Signals(session);
    }
}

/// <summary>Compile time of the three representative rules (loading the NRules.Fluent repository included), on both runtimes.</summary>
[MemoryDiagnoser]
public class EngineCompileBenchmarks
{
    [Benchmark]
    public ISessionFactory Compile() => EngineBenchmarkData.Compile();

    [Benchmark]
    public NRules.ISessionFactory NRulesCompile() => EngineBenchmarkData.CompileNRules();
}
