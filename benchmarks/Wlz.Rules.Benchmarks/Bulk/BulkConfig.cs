using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>Adds the per-cliënt columns (cliënten/s, bytes/cliënt) and the memory diagnoser to the bulk and engine benchmarks.</summary>
public sealed class BulkConfig : ManualConfig
{
    public BulkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PerClientColumn(PerClientColumn.Soort.ClientenPerSeconde), new PerClientColumn(PerClientColumn.Soort.BytesPerClient));
    }
}
