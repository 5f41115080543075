namespace Wlz.Rules.Engine.Bulk;

/// <summary>Options of bulk evaluation of many independent partitions.</summary>
public sealed class BulkOptions
{
    /// <summary>Gets the default options: one worker per processor, windows of 4,096 partitions.</summary>
    public static BulkOptions Default { get; } = new();

    /// <summary>Gets the maximum number of partitions evaluated at the same time (default: the processor count).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets the number of partitions read, evaluated and handed out per window (default 4,096); at most this many
    /// partitions and results are held in memory at once.
    /// </summary>
    public int WindowSize { get; init; } = 4_096;

    /// <summary>Gets the options of the sessions that evaluate the partitions.</summary>
    public SessionOptions SessionOptions { get; init; } = SessionOptions.Default;

    /// <summary>Gets a token that cancels the evaluation.</summary>
    public CancellationToken CancellationToken { get; init; }
}
