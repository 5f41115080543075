using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wlz.Rules.Benchmarks.Bulk;

/// <summary>
/// A column that divides a benchmark's result by its <c>Clienten</c> (or <c>Clients</c>) parameter: cliënten per second
/// or allocated bytes per cliënt.
/// </summary>
public sealed class PerClientColumn(PerClientColumn.Soort soort) : IColumn
{
    /// <summary>Which per-cliënt figure the column shows.</summary>
    public enum Soort
    {
        /// <summary>Cliënten evaluated per second (from the mean).</summary>
        ClientenPerSeconde,

        /// <summary>Managed bytes allocated per cliënt.</summary>
        BytesPerClient,
    }

    public string Id => $"{nameof(PerClientColumn)}.{soort}";

    public string ColumnName => soort == Soort.ClientenPerSeconde ? "Cliënten/s" : "Bytes/cliënt";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)soort;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => soort == Soort.ClientenPerSeconde ? "Cliënten evaluated per second (Clienten / Mean)" : "Managed bytes allocated per cliënt (Allocated / Clienten)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || (benchmarkCase.Parameters["Clienten"] ?? benchmarkCase.Parameters["Clients"]) is not int clienten || clienten == 0)
        {
            return "-";
        }

        if (soort == Soort.ClientenPerSeconde)
        {
            return (clienten / (report.ResultStatistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } b ? ((double)b / clienten).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
