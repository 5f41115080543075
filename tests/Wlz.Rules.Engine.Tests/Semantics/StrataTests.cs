using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Semantics;

/// <summary>
/// A rule that tests the absence, presence or collection of a type runs after every rule that can insert that type,
/// however many rounds of forward chaining those rules need.
/// </summary>
public sealed class StrataTests
{
    private static readonly object[] Edges =
        [new SessionSemanticsTests.Edge(1, 2), new SessionSemanticsTests.Edge(2, 3), new SessionSemanticsTests.Edge(3, 4), new SessionSemanticsTests.Edge(4, 5)];

    [Fact]
    public void Collect_OfARecursivelyYieldedType_SeesEveryFactOfIt()
    {
        // Act: the paths take four rounds to derive; the Collect runs once, after all of them.
        var factory = TestEngine.Compile(typeof(SessionSemanticsTests.EdgeIsPath), typeof(SessionSemanticsTests.ExtendPath), typeof(CountPaths));
        var result = TestEngine.Run(factory, Edges);

        // Assert
        Assert.Equal([new PathCount(10)], result.ResultsOf<PathCount>());
        Assert.Equal(0, factory.StratumOf(RuleInfo.IdOf(typeof(SessionSemanticsTests.ExtendPath))));
        Assert.Equal(1, factory.StratumOf(RuleInfo.IdOf(typeof(CountPaths))));
        var firing = result.Firings[^1];
        Assert.Equal(1, firing.Stratum);
        Assert.Equal(10, Assert.IsAssignableFrom<IEnumerable<SessionSemanticsTests.Path>>(firing.Variables["paths"]).Count());
    }

    [Fact]
    public void Not_OfARecursivelyYieldedType_SeesEveryFactOfIt()
    {
        // Act: 1-5 is derived in the last round; without strata the Not would have fired before it existed.
        var result = TestEngine.Run([typeof(SessionSemanticsTests.EdgeIsPath), typeof(SessionSemanticsTests.ExtendPath), typeof(NoPathFromOneToFive)], Edges);

        // Assert
        Assert.Empty(result.ResultsOf<string>());
    }

    [Fact]
    public void Not_OfARecursivelyYieldedType_FiresWhenNoneMatches()
    {
        // Act
        var result = TestEngine.Run(
            [typeof(SessionSemanticsTests.EdgeIsPath), typeof(SessionSemanticsTests.ExtendPath), typeof(NoPathFromOneToFive)],
            new SessionSemanticsTests.Edge(1, 2), new SessionSemanticsTests.Edge(3, 5));

        // Assert
        Assert.Equal(["no path 1-5"], result.ResultsOf<string>());
    }

    [Fact]
    public void Exists_OfARecursivelyYieldedType_FiresOnce()
    {
        // Act
        var result = TestEngine.Run([typeof(SessionSemanticsTests.EdgeIsPath), typeof(SessionSemanticsTests.ExtendPath), typeof(SomeLongPath)], Edges);

        // Assert
        Assert.Equal(["some path of length 4"], result.ResultsOf<string>());
    }

    [Fact]
    public void Strata_FactsOfALowerStratum_ComeBeforeTheResultsOfAHigherOne()
    {
        // Act
        var result = TestEngine.Run([typeof(CountPaths), typeof(SessionSemanticsTests.ExtendPath), typeof(SessionSemanticsTests.EdgeIsPath)], Edges);

        // Assert: results are in firing order: every path (stratum 0), then the count (stratum 1).
        Assert.Equal(11, result.Results.Count);
        Assert.All(result.Results.Take(10), r => Assert.IsType<SessionSemanticsTests.Path>(r));
        Assert.Equal(new PathCount(10), result.Results[^1]);
        Assert.Equal(Enumerable.Range(0, result.Firings.Count), result.Firings.Select(f => f.Sequence));
    }

    public sealed record PathCount(int Count);

    public sealed class CountPaths : Rule
    {
        public override void Define()
        {
            IEnumerable<SessionSemanticsTests.Path> paths = null!;
            When().Query(() => paths, q => q.Match<SessionSemanticsTests.Path>().Collect());
            Then().Yield(_ => new PathCount(paths.Count()));
        }
    }

    public sealed class NoPathFromOneToFive : Rule
    {
        public override void Define()
        {
            SessionSemanticsTests.Edge e = null!;
            When()
                .Match(() => e, x => x.From == 1)
                .Not<SessionSemanticsTests.Path>(p => p.From == 1 && p.To == 5);
            Then().Yield(_ => "no path 1-5");
        }
    }

    public sealed class SomeLongPath : Rule
    {
        public override void Define()
        {
            SessionSemanticsTests.Edge e = null!;
            When()
                .Match(() => e, x => x.From == 1)
                .Exists<SessionSemanticsTests.Path>(p => p.To - p.From == 4);
            Then().Yield(_ => "some path of length 4");
        }
    }
}
