namespace Wlz.Rules.Engine.Bulk;

/// <summary>Options of bulk evaluation of many independent partitions.</summary>
public sealed class BulkOptions
{
    /// <summary>Gets the default options: one worker per processor, a read-ahead of 1,024 partitions.</summary>
    public static BulkOptions Default { get; } = new();

    /// <summary>Gets the maximum number of partitions evaluated at the same time (default: the processor count).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets the read-ahead (default 1,024): at most about this many partitions (rounded up to whole chunks of at most 128)
    /// are read and not yet handed out, so this bounds the partitions and results held in memory at once. The
    /// asynchronous path reads, evaluates and hands out windows of this size.
    /// </summary>
    public int WindowSize { get; init; } = 1_024;

    /// <summary>Gets the options of the sessions that evaluate the partitions.</summary>
    public SessionOptions SessionOptions { get; init; } = SessionOptions.Default;

    /// <summary>Gets a token that cancels the evaluation.</summary>
    public CancellationToken CancellationToken { get; init; }
}
