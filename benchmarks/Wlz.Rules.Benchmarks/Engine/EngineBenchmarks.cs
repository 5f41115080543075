using BenchmarkDotNet.Attributes;
using Wlz.Rules.Engine;
using Wlz.Rules.Engine.Bulk;

namespace Wlz.Rules.Benchmarks.Engine;

/// <summary>
/// The three representative rules over ~3 facts per cliënt: one session holding all facts, one session per
/// cliënt (reused), and the parallel bulk path. Divide the mean by <see cref="Clients"/> for the time per cliënt.
/// </summary>
[MemoryDiagnoser]
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
        _partitions = Array.ConvertAll(_clients, client => (object[])[EngineBenchmarkData.Peil, .. client]);
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

        return session.Fire().Yields.Count;
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
            results += session.Fire().Yields.Count;
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

            results += session.Fire().Yields.Count;
        }

        return results;
    }

    private int Bulk(int degree)
    {
        int results = 0;
        var options = new BulkOptions { MaxDegreeOfParallelism = degree };
        foreach (var partition in _factory.EvaluateMany(_partitions, FactsOf, options))
        {
            results += partition.Result.Yields.Count;
        }

        return results;
    }

    private static IEnumerable<object> FactsOf(object[] partition) => partition;
}

/// <summary>Compile time of the three representative rules.</summary>
[MemoryDiagnoser]
public class EngineCompileBenchmarks
{
    [Benchmark]
    public ISessionFactory Compile() => EngineBenchmarkData.Compile();
}
