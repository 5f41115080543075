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
        Assert.Equal("5|Summary { ClientId = c5, Count = 2 }|without:a5-1|not-in-care:a5-1", sequential[5]);
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
    public void EvaluateMany_IsLazy_ReadsOnlyWhatIsNeededPerWindow()
    {
        // Arrange
        int read = 0;
        var partitions = Enumerable.Range(0, 100_000).Select(i => { read++; return i; });

        // Act
        var first = Factory.EvaluateMany(partitions, FactsOf, new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 100 }).Take(150).ToList();

        // Assert
        Assert.Equal(150, first.Count);
        Assert.Equal(200, read);
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
}
