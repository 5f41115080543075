using Wlz.Rules.Engine.Bulk;
using Wlz.Rules.Engine.Tests.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Bulk;

public sealed class BulkEvaluationTests
{
    private static readonly ISessionFactory Factory = TestEngine.Compile(
        typeof(NotExistsTests.WithoutMessage), typeof(CollectLetHavingTests.CountAssignments), typeof(ActionTests.DeriveInCare), typeof(ActionTests.NotInCare));

    [Fact]
    public void EvaluateMany_Parallel_EqualsSequentialInInputOrder()
    {
        // Arrange
        var partitions = Enumerable.Range(0, 5_000).ToArray();
        var sequentialOptions = new BulkOptions { MaxDegreeOfParallelism = 1 };
        var parallelOptions = new BulkOptions { MaxDegreeOfParallelism = 4, WindowSize = 700 };

        // Act
        var sequential = Factory.EvaluateMany(partitions, FactsOf, sequentialOptions).Select(Describe).ToArray();
        var parallel = Factory.EvaluateMany(partitions, FactsOf, parallelOptions).Select(Describe).ToArray();

        // Assert
        Assert.Equal(5_000, parallel.Length);
        Assert.Equal(sequential, parallel);
        Assert.Equal("0|Summary { ClientId = c0, Count = 0 }", sequential[0]);
        // Stratum 0 by priority (DeriveInCare, WithoutMessage, CountAssignments), then stratum 1 (NotInCare); inserted facts are results too.
        Assert.Equal("5|InCare { AssignmentId = a5-0 }|without:a5-1|Summary { ClientId = c5, Count = 2 }|not-in-care:a5-1|not-in-care:c5", sequential[5]);
    }

    [Fact]
    public async Task EvaluateManyAsync_Parallel_EqualsSequential()
    {
        // Arrange
        var partitions = Enumerable.Range(0, 3_000).ToArray();
        var sequential = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 1 }).Select(Describe).ToArray();

        // Act
        var results = new List<string>();
        await foreach (var result in Factory.EvaluateManyAsync(Produce(partitions), FactsOf, new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 256 }))
        {
            results.Add(Describe(result));
        }

        // Assert
        Assert.Equal(sequential, results);
    }

    [Fact]
    public void EvaluateMany_Cancelled_Throws()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var options = new BulkOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellation.Token };

        // Act + Assert
        Assert.ThrowsAny<OperationCanceledException>(() => Factory.EvaluateMany(Enumerable.Range(0, 1_000), FactsOf, options).ToList());
    }

    [Fact]
    public void EvaluateMany_IsLazy_ReadsAheadAtMostTheWindowSize()
    {
        // Arrange
        int read = 0;
        var partitions = Enumerable.Range(0, 100_000).Select(i => { read++; return i; });

        // Act
        var first = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 100 }).Take(150).ToList();

        // Assert
        Assert.Equal(150, first.Count);
        Assert.InRange(read, 150, 150 + 100 + 32);
    }

    [Theory]
    [InlineData(0, 2, 64)]
    [InlineData(1, 2, 64)]
    [InlineData(32, 2, 64)]
    [InlineData(64, 2, 64)]
    [InlineData(1_000, 3, 1)]
    [InlineData(1_000, 8, 10)]
    public void EvaluateMany_AnyCountWindowAndWorkers_EqualsSequential(int count, int workers, int window)
    {
        // Arrange: empty input, one partition, exact multiples of a chunk, a window of one, more workers than chunks.
        var partitions = Enumerable.Range(0, count).ToArray();
        var sequential = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 1 }).Select(Describe).ToArray();

        // Act
        var parallel = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = workers, WindowSize = window })
            .Select(Describe).ToArray();

        // Assert
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void EvaluateMany_PartitionFails_HandsOutEveryEarlierResultThenThrows()
    {
        // Arrange
        var handedOut = new List<int>();
        var options = new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 64 };
        IEnumerable<object> Failing(int i) => i == 777 ? throw new InvalidDataException("partition 777 is broken") : FactsOf(i);

        // Act
        var exception = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var result in Factory.EvaluateMany(Enumerable.Range(0, 5_000), Failing, options))
            {
                handedOut.Add(result.Partition);
            }
        });

        // Assert
        Assert.Equal("partition 777 is broken", exception.Message);
        Assert.Equal(Enumerable.Range(0, 777), handedOut);
    }

    [Fact]
    public void EvaluateMany_SourceFails_HandsOutEveryPartitionReadThenThrows()
    {
        // Arrange
        var handedOut = new List<int>();
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 100; i++)
            {
                yield return i;
            }

            throw new IOException("the input file ended early");
        }

        // Act
        var exception = Assert.Throws<IOException>(() =>
        {
            foreach (var result in Factory.EvaluateMany(Source(), FactsOf, new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 40 }))
            {
                handedOut.Add(result.Partition);
            }
        });

        // Assert
        Assert.Equal("the input file ended early", exception.Message);
        Assert.Equal(Enumerable.Range(0, 100), handedOut);
    }

    [Fact]
    public void EvaluateMany_StoppedEarly_StopsReadingAndDisposesTheSource()
    {
        // Arrange
        var source = new CountingSource(1_000_000);

        // Act
        var first = Factory.EvaluateMany(source, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 256 }).Take(10).ToList();
        int readAtStop = source.Read;
        Thread.Sleep(50);

        // Assert: once the caller stops, the workers have stopped: nothing more is read, and the source is disposed.
        Assert.Equal(Enumerable.Range(0, 10), first.Select(r => r.Partition));
        Assert.True(source.Disposed);
        Assert.Equal(readAtStop, source.Read);
        Assert.InRange(readAtStop, 10, 10 + 256 + 32);
    }

    [Fact]
    public async Task Pipeline_WorkersThatNeverStart_TheCallerEvaluatesEverythingAndDisposeDoesNotWaitForThem()
    {
        // Arrange: a busy thread pool, as far as the pipeline can tell; its three workers are queued and held back.
        var partitions = Enumerable.Range(0, 1_000).ToArray();
        var sequential = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 1 }).Select(Describe).ToArray();
        var scheduler = new HoldingScheduler();
        var options = new BulkOptions { MaxDegreeOfParallelism = 4, WindowSize = 256 };

        // Act: on another thread, so that a Dispose that waits for the held workers fails the test instead of hanging it.
        var evaluation = Task.Run(() =>
        {
            using var pipeline = new BulkPipeline<int>(Factory, partitions, FactsOf, options, scheduler);
            return pipeline.Results().Select(Describe).ToArray();
        });
        bool finished = await Task.WhenAny(evaluation, Task.Delay(TimeSpan.FromSeconds(30))) == evaluation;

        // The pool gets round to the workers only after the pipeline has been disposed.
        bool ran = finished && scheduler.RunHeld();

        // Assert
        Assert.True(finished, "The pipeline waited for workers that never started.");
        Assert.Equal(sequential, await evaluation);
        Assert.True(ran);
        Assert.Equal(3, scheduler.Held.Count);
        Assert.All(scheduler.Held, worker => Assert.Equal(TaskStatus.RanToCompletion, worker.Status));
    }

    private static IEnumerable<object> FactsOf(int i)
    {
        yield return new Client($"c{i}");
        for (int a = 0; a < i % 3; a++)
        {
            yield return new Assignment($"a{i}-{a}", $"c{i}", a * 10 + i % 7);
        }

        if (i % 2 == 1)
        {
            yield return new Message($"a{i}-0", "MAZ");
        }
    }

    private static string Describe(PartitionResult<int> result) =>
        string.Join("|", new[] { result.Partition.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(result.Result.Results.Select(r => r switch
        {
            Signal s => $"{s.Rule}:{s.Subject}",
            _ => r.ToString()!,
        })));

    private static async IAsyncEnumerable<int> Produce(int[] partitions)
    {
        foreach (int partition in partitions)
        {
            if (partition % 500 == 0)
            {
                await Task.Yield();
            }

            yield return partition;
        }
    }

    /// <summary>A scheduler that queues tasks and runs them only when asked.</summary>
    private sealed class HoldingScheduler : TaskScheduler
    {
        public List<Task> Held { get; } = [];

        /// <summary>Runs every held task on the calling thread.</summary>
        /// <returns>Whether each of them ran.</returns>
        public bool RunHeld() => Held.ToArray().All(TryExecuteTask);

        protected override void QueueTask(Task task) => Held.Add(task);

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks() => Held;
    }

    private sealed class CountingSource(int count) : IEnumerable<int>
    {
        private int _read;

        public int Read => Volatile.Read(ref _read);

        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (int i = 0; i < count; i++)
                {
                    Interlocked.Increment(ref _read);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
