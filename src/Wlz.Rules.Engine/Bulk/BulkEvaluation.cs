using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Wlz.Rules.Engine.Bulk;

/// <summary>
/// Evaluates many independent partitions (e.g. one per cliënt) against one compiled factory, in parallel, streaming the
/// results in input order with bounded memory.
/// </summary>
/// <remarks>
/// With more than one worker, <see cref="EvaluateMany{TPartition}"/> runs a pipeline: each worker takes the next chunk
/// of partitions (in input order), evaluates it on its own session (reset between partitions), and the caller receives
/// the chunks in input order while the workers go on with the next ones; at most about <see cref="BulkOptions.WindowSize"/>
/// partitions are read ahead. <see cref="EvaluateManyAsync{TPartition}"/> reads windows of that size from the
/// asynchronous source and evaluates each window in parallel. Either way the results equal a sequential evaluation,
/// and so do failures: when the source or a partition fails, every result before it is handed out first, and then the
/// failure is thrown.
/// </remarks>
public static class BulkEvaluation
{
    private const int Chunk = 32;

    /// <summary>Evaluates partitions and streams their results in input order.</summary>
    /// <typeparam name="TPartition">The partition type.</typeparam>
    /// <param name="factory">The compiled rule set.</param>
    /// <param name="partitions">The partitions; enumerated once, lazily.</param>
    /// <param name="factsOf">Gives the facts of a partition; called on a worker thread.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>The results, one per partition, in input order.</returns>
    public static IEnumerable<PartitionResult<TPartition>> EvaluateMany<TPartition>(
        this ISessionFactory factory, IEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(factsOf);
        options ??= BulkOptions.Default;
        Validate(options);
        return options.MaxDegreeOfParallelism == 1
            ? Sequential(factory, partitions, factsOf, options)
            : Pipelined(factory, partitions, factsOf, options);
    }

    /// <summary>Evaluates an asynchronous stream of partitions and streams their results in input order.</summary>
    /// <typeparam name="TPartition">The partition type.</typeparam>
    /// <param name="factory">The compiled rule set.</param>
    /// <param name="partitions">The partitions; enumerated once.</param>
    /// <param name="factsOf">Gives the facts of a partition; called on a worker thread.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>The results, one per partition, in input order.</returns>
    public static IAsyncEnumerable<PartitionResult<TPartition>> EvaluateManyAsync<TPartition>(
        this ISessionFactory factory, IAsyncEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(factsOf);
        options ??= BulkOptions.Default;
        Validate(options);
        return WindowedAsync(factory, partitions, factsOf, options, options.CancellationToken);
    }

    private static void Validate(BulkOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WindowSize, 1, nameof(options));
        ArgumentNullException.ThrowIfNull(options.SessionOptions, nameof(options));
    }

    private static IEnumerable<PartitionResult<TPartition>> Sequential<TPartition>(
        ISessionFactory factory, IEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options)
    {
        var session = factory.CreateSession(options.SessionOptions);
        long index = 0;
        foreach (var partition in partitions)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            var result = Evaluate(session, partition, factsOf, index);
            yield return new PartitionResult<TPartition>(index++, partition, result);
        }
    }

    private static IEnumerable<PartitionResult<TPartition>> Pipelined<TPartition>(
        ISessionFactory factory, IEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options)
    {
        using var pipeline = new BulkPipeline<TPartition>(factory, partitions, factsOf, options);
        foreach (var result in pipeline.Results())
        {
            yield return result;
        }
    }

    private static async IAsyncEnumerable<PartitionResult<TPartition>> WindowedAsync<TPartition>(
        ISessionFactory factory, IAsyncEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Window<TPartition>(factory, factsOf, options);
        long index = 0;
        await using var enumerator = partitions.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // As in EvaluateMany: a failure of the source ends the input, the partitions read before it are still
            // evaluated and handed out, and then it is rethrown.
            var sourceFailure = await window.FillAsync(enumerator, cancellationToken).ConfigureAwait(false);
            if (window.Count > 0)
            {
                window.First = index;
                await Task.Run(window.Run, cancellationToken).ConfigureAwait(false);
                for (int i = 0; i < window.Done; i++)
                {
                    yield return new PartitionResult<TPartition>(index++, window.Partitions[i], window.Results[i]);
                }

                window.Failure?.Throw();
            }

            sourceFailure?.Throw();
            if (window.Count < window.Partitions.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>Evaluates one partition on a reused session: every bulk path goes through here.</summary>
    /// <exception cref="RuleEvaluationException">A rule failed; the exception names the partition's position in the input.</exception>
    internal static FireResult Evaluate<TPartition>(ISession session, TPartition partition, Func<TPartition, IEnumerable<object>> factsOf, long index)
    {
        try
        {
            session.Reset();
            session.InsertAll(factsOf(partition));
            return session.Fire();
        }
        catch (RuleEvaluationException exception) when (exception.PartitionIndex < 0)
        {
            throw exception.AtPartition(index);
        }
    }

    /// <summary>One window of partitions, its results, and one reusable session per worker.</summary>
    private sealed class Window<TPartition>
    {
        private readonly ISessionFactory _factory;
        private readonly Func<TPartition, IEnumerable<object>> _factsOf;
        private readonly BulkOptions _options;
        private readonly ISession?[] _sessions;
        private readonly object _failureLock = new();
        private int _next;
        private int _failedAt;

        public Window(ISessionFactory factory, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options)
        {
            _factory = factory;
            _factsOf = factsOf;
            _options = options;
            _sessions = new ISession?[options.MaxDegreeOfParallelism];
            Partitions = new TPartition[options.WindowSize];
            Results = new FireResult[options.WindowSize];
        }

        public TPartition[] Partitions { get; }

        public FireResult[] Results { get; }

        public int Count { get; private set; }

        /// <summary>Gets or sets the position in the input of the window's first partition.</summary>
        public long First { get; set; }

        /// <summary>Gets the number of partitions evaluated before the first failure (all of them when none failed).</summary>
        public int Done { get; private set; }

        /// <summary>Gets the failure of the first partition that failed, or <see langword="null"/>.</summary>
        public ExceptionDispatchInfo? Failure { get; private set; }

        /// <summary>Reads the next window from the source; returns the source's failure instead of throwing it, so that the partitions read before it are not lost.</summary>
        public async ValueTask<ExceptionDispatchInfo?> FillAsync(IAsyncEnumerator<TPartition> enumerator, CancellationToken cancellationToken)
        {
            Count = 0;
            try
            {
                while (Count < Partitions.Length && await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    Partitions[Count++] = enumerator.Current;
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return ExceptionDispatchInfo.Capture(exception);
            }

            return null;
        }

        public void Run()
        {
            _next = 0;
            _failedAt = int.MaxValue;
            Failure = null;
            int workers = Math.Min(_sessions.Length, (Count + Chunk - 1) / Chunk);
            if (workers <= 1)
            {
                Work(0);
            }
            else
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = _options.CancellationToken };
                try
                {
                    Parallel.For(0, workers, parallel, Work);
                }
                catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count == 1)
                {
                    ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
                }
            }

            Done = Math.Min(_failedAt, Count);
        }

        private void Work(int worker)
        {
            var session = _sessions[worker] ??= _factory.CreateSession(_options.SessionOptions);
            var token = _options.CancellationToken;
            while (Volatile.Read(ref _failedAt) == int.MaxValue)
            {
                // Chunks are claimed in input order, so every chunk before a failed one has been claimed and is finished
                // by its worker: stopping here loses no result before the failure.
                int start = Interlocked.Add(ref _next, Chunk) - Chunk;
                if (start >= Count)
                {
                    return;
                }

                token.ThrowIfCancellationRequested();
                int end = Math.Min(start + Chunk, Count);
                for (int i = start; i < end; i++)
                {
                    try
                    {
                        Results[i] = Evaluate(session, Partitions[i], _factsOf, First + i);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        Fail(i, exception);
                        return;
                    }
                }
            }
        }

        /// <summary>Keeps the failure of the earliest failing partition: the one a sequential evaluation would have met.</summary>
        private void Fail(int index, Exception exception)
        {
            lock (_failureLock)
            {
                if (index < _failedAt)
                {
                    _failedAt = index;
                    Failure = ExceptionDispatchInfo.Capture(exception);
                }
            }
        }
    }
}
