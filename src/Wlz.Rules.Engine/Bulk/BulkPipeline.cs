using System.Runtime.ExceptionServices;

namespace Wlz.Rules.Engine.Bulk;

/// <summary>
/// The parallel bulk path: workers take chunks of partitions from the source (under a lock, in input order), evaluate
/// them on their own session, and put the results in a ring of chunk slots; the consumer hands the chunks out in order.
/// There is no barrier between windows: while the consumer handles one chunk, the workers evaluate the next ones. The
/// consumer is itself one of the <see cref="BulkOptions.MaxDegreeOfParallelism"/> workers: when the chunk it needs is
/// not ready, it evaluates the next free one instead of waiting, so no more threads run than there are workers. At
/// most <see cref="BulkOptions.WindowSize"/> partitions (rounded up to whole chunks) are read and not yet handed out.
/// </summary>
/// <typeparam name="TPartition">The partition type.</typeparam>
internal sealed class BulkPipeline<TPartition> : IDisposable
{
    private const int MaxChunk = 128;

    // A worker's state: the worker claims it when it starts, Dispose when it has not; whoever claims first decides.
    private const int NotStarted = 0;
    private const int Started = 1;
    private const int Abandoned = 2;

    private readonly ISessionFactory _factory;
    private readonly Func<TPartition, IEnumerable<object>> _factsOf;
    private readonly BulkOptions _options;
    private readonly IEnumerator<TPartition> _source;
    private readonly object _sourceLock = new();
    private readonly Slot[] _slots;
    private readonly SemaphoreSlim _free;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private readonly int[] _workerStates;
    private readonly int _chunk;
    private ISession? _consumerSession;
    private long _nextChunk;
    private bool _sourceDone;
    private bool _disposed;

    public BulkPipeline(ISessionFactory factory, IEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options)
        : this(factory, partitions, factsOf, options, TaskScheduler.Default)
    {
    }

    /// <summary>Creates the pipeline with its workers on <paramref name="scheduler"/> (tests use one that holds them back).</summary>
    internal BulkPipeline(
        ISessionFactory factory, IEnumerable<TPartition> partitions, Func<TPartition, IEnumerable<object>> factsOf, BulkOptions options, TaskScheduler scheduler)
    {
        _factory = factory;
        _factsOf = factsOf;
        _options = options;
        int workers = options.MaxDegreeOfParallelism;

        // Chunks small enough that every worker has a few in flight, large enough to amortize the lock and the signals:
        // with the default read-ahead and 2 workers, 128 partitions (about 50 µs of the lightest rules) per hand-off.
        _chunk = Math.Clamp(options.WindowSize / (4 * workers), 1, MaxChunk);
        int slots = Math.Max(options.WindowSize / _chunk, 2 * workers);
        _slots = new Slot[slots];
        for (int i = 0; i < slots; i++)
        {
            _slots[i] = new Slot(_chunk);
        }

        _free = new SemaphoreSlim(slots, slots);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        _source = partitions.GetEnumerator();

        // The consumer evaluates chunks too while it waits (see Results), so it is one of the workers. The others run on
        // the thread pool: a new thread per call cost a visible share of a 10k run. A worker that the pool starts late,
        // or never, only means the consumer evaluates more itself, and one not started when the pipeline stops does
        // nothing when it does start, so Dispose need not wait for a busy pool.
        _workers = new Task[workers - 1];
        _workerStates = new int[_workers.Length];
        for (int w = 0; w < _workers.Length; w++)
        {
            _workers[w] = Task.Factory.StartNew(Work, w, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
        }
    }

    /// <summary>Hands out the results in input order; rethrows the first failure at the position where it happened.</summary>
    /// <returns>The results.</returns>
    public IEnumerable<PartitionResult<TPartition>> Results()
    {
        long index = 0;
        var token = _options.CancellationToken;
        for (long chunk = 0; ; chunk++)
        {
            var slot = _slots[chunk % _slots.Length];
            while (!slot.Ready.IsSet && Help())
            {
                // Evaluating the next chunk beats waiting: the machine's cores stay busy, not one more thread.
            }

            slot.Ready.Wait(token);
            slot.Ready.Reset();
            for (int i = 0; i < slot.Count; i++)
            {
                var result = new PartitionResult<TPartition>(index++, slot.Partitions[i], slot.Results[i]);
                slot.Partitions[i] = default!;
                slot.Results[i] = null!;
                yield return result;
            }

            if (slot.Failure is { } failure)
            {
                failure.Throw();
            }

            if (slot.Last)
            {
                yield break;
            }

            _free.Release();
        }
    }

    /// <summary>Stops the workers, waits for them (so the source is no longer read), and disposes the source.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        var started = new List<Task>(_workers.Length);
        for (int w = 0; w < _workers.Length; w++)
        {
            if (Interlocked.CompareExchange(ref _workerStates[w], Abandoned, NotStarted) == Started)
            {
                started.Add(_workers[w]);
            }
        }

        try
        {
            Task.WaitAll([.. started]);
        }
        catch (AggregateException)
        {
            // Workers report their failures through the slots; nothing here is lost.
        }

        _source.Dispose();
        _stop.Dispose();
        _free.Dispose();
        foreach (var slot in _slots)
        {
            slot.Ready.Dispose();
        }
    }

    private void Work(object? worker)
    {
        if (Interlocked.CompareExchange(ref _workerStates[(int)worker!], Started, NotStarted) != NotStarted)
        {
            // The pipeline stopped before this worker started; what it would have used may be disposed already.
            return;
        }

        ISession? session = null;
        var stop = _stop.Token;
        while (true)
        {
            try
            {
                _free.Wait(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!Take(out var slot))
            {
                return;
            }

            if (!Fill(slot, ref session))
            {
                return;
            }
        }
    }

    /// <summary>Lets the consumer evaluate the next chunk, when a slot is free and the source is not done.</summary>
    private bool Help()
    {
        if (_stop.IsCancellationRequested || !_free.Wait(0))
        {
            return false;
        }

        if (!Take(out var slot))
        {
            return false;
        }

        Fill(slot, ref _consumerSession);
        return true;
    }

    /// <summary>Evaluates the partitions of a taken slot and marks it ready; false after the last chunk.</summary>
    private bool Fill(Slot slot, ref ISession? session)
    {
        // Partitions read before a failure of the source are still evaluated; the failure follows them.
        var stop = _stop.Token;
        int done = 0;
        try
        {
            session ??= _factory.CreateSession(_options.SessionOptions);
            for (; done < slot.Count; done++)
            {
                stop.ThrowIfCancellationRequested();
                slot.Results[done] = BulkEvaluation.Evaluate(session, slot.Partitions[done], _factsOf, slot.First + done);
            }
        }
        catch (Exception exception)
        {
            // Everything before the failing partition is still handed out; the failure is rethrown in its place.
            slot.Count = done;
            slot.Failure = ExceptionDispatchInfo.Capture(exception);
            slot.Last = true;
            Stop();
        }

        slot.Ready.Set();
        return !slot.Last;
    }

    /// <summary>Takes the next chunk of partitions from the source into its slot, in input order.</summary>
    private bool Take(out Slot slot)
    {
        lock (_sourceLock)
        {
            if (_sourceDone)
            {
                slot = null!;
                return false;
            }

            slot = _slots[_nextChunk % _slots.Length];
            slot.First = (long)_nextChunk * _chunk;
            _nextChunk++;
            slot.Count = 0;
            slot.Failure = null;
            slot.Last = false;
            try
            {
                while (slot.Count < _chunk && _source.MoveNext())
                {
                    slot.Partitions[slot.Count++] = _source.Current;
                }

                if (slot.Count < _chunk)
                {
                    slot.Last = true;
                    _sourceDone = true;
                }
            }
            catch (Exception exception)
            {
                slot.Failure = ExceptionDispatchInfo.Capture(exception);
                slot.Last = true;
                _sourceDone = true;
            }

            return true;
        }
    }

    private void Stop()
    {
        lock (_sourceLock)
        {
            _sourceDone = true;
        }
    }

    /// <summary>One chunk of partitions and their results; reused round the ring.</summary>
    private sealed class Slot(int size)
    {
        public TPartition[] Partitions { get; } = new TPartition[size];

        public FireResult[] Results { get; } = new FireResult[size];

        public ManualResetEventSlim Ready { get; } = new(false);

        public int Count { get; set; }

        /// <summary>Gets or sets the position in the input of the slot's first partition (every chunk but the last is full).</summary>
        public long First { get; set; }

        public bool Last { get; set; }

        public ExceptionDispatchInfo? Failure { get; set; }
    }
}
