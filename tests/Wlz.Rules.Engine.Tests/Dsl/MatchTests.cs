using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Dsl;

public sealed class MatchTests
{
    [Fact]
    public void Match_SingleFactWithCondition_YieldsForEachMatchingFact()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 5), new Assignment("a2", "c1", 20), new Assignment("a3", "c2", 30) };

        // Act
        var result = TestEngine.Run([typeof(LateAssignment)], facts);

        // Assert
        Assert.Equal(["late:a2", "late:a3"], TestEngine.Signals(result));
    }

    [Fact]
    public void Match_SeveralConditions_AllMustHold()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 20), new Assignment("a2", "c2", 20), new Assignment("a3", "c1", 5) };

        // Act
        var result = TestEngine.Run([typeof(LateAssignmentOfC1)], facts);

        // Assert
        Assert.Equal(["late-c1:a1"], TestEngine.Signals(result));
    }

    [Fact]
    public void Match_JoinOnEarlierVariable_YieldsJoinedPairs()
    {
        // Arrange
        var facts = new object[]
        {
            new Client("c1"), new Client("c2"),
            new Assignment("a1", "c1", 1), new Assignment("a2", "c2", 2), new Assignment("a3", "c1", 3), new Assignment("a4", "c9", 4),
        };

        // Act
        var result = TestEngine.Run([typeof(ClientAssignment)], facts);

        // Assert
        Assert.Equal(["pair:c1/a1", "pair:c1/a3", "pair:c2/a2"], TestEngine.Signals(result));
    }

    [Fact]
    public void Match_JoinWithNonEqualityCondition_AppliesBothConditions()
    {
        // Arrange
        var facts = new object[] { new Today(10), new Assignment("a1", "c1", 5), new Assignment("a2", "c1", 10), new Assignment("a3", "c1", 11) };

        // Act
        var result = TestEngine.Run([typeof(StartedBeforeToday)], facts);

        // Assert
        Assert.Equal(["started:a1", "started:a2"], TestEngine.Signals(result));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(40)]
    public void Match_HashJoinWithResidualCondition_AppliesKeyAndResidual(int assignments)
    {
        // Arrange: the equality on the client is the hash key, the comparison of the starts the residual condition. A
        // memory of more than 8 facts is probed through its hash index, a smaller one scanned.
        var facts = new List<object> { new Client("c1"), new Client("c2"), new Client("c3"), new Today(10) };
        facts.AddRange(Enumerable.Range(0, assignments).Select(i => new Assignment($"a{i}", $"c{i % 4}", i % 15)));
        var expected = Enumerable.Range(0, assignments)
            .Where(i => i % 4 != 0 && i % 15 <= 10)
            .Select(i => $"started:c{i % 4}/a{i}")
            .Order(StringComparer.Ordinal);

        // Act
        var result = TestEngine.Run([typeof(ClientAssignmentStartedBeforeToday)], [.. facts]);

        // Assert
        Assert.Equal(expected, TestEngine.Signals(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Match_UnboundPattern_IsPartOfTheMatchedFacts()
    {
        // Arrange
        var today = new Today(1);
        var assignment = new Assignment("a1", "c1", 1);

        // Act
        var result = TestEngine.Run([typeof(UnboundToday)], today, assignment);

        // Assert
        Assert.Equal(["any:a1"], TestEngine.Signals(result));
        Assert.Same(today, result.Firings[0].Facts[0]);
        Assert.Same(assignment, result.Firings[0].Facts[1]);
    }

    [Fact]
    public void Match_NestedAndGroup_IsFlattenedIntoTheRule()
    {
        // Arrange
        var facts = new object[] { new Client("c1"), new Client("c2"), new Assignment("a1", "c1", 12), new Assignment("a2", "c2", 3) };

        // Act
        var result = TestEngine.Run([typeof(NestedAnd)], facts);

        // Assert
        Assert.Equal(["nested:c1/a1"], TestEngine.Signals(result));
        Assert.Equal(2, result.Firings[0].Facts.Count);
    }

    [Fact]
    public void Match_NoFacts_YieldsNothing()
    {
        // Act
        var result = TestEngine.Run([typeof(ClientAssignment)]);

        // Assert
        Assert.Empty(result.Results);
        Assert.Empty(result.Firings);
    }

    public sealed class LateAssignment : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start > 10);
            Then().Yield(_ => new Signal("late", a.Id));
        }
    }

    public sealed class LateAssignmentOfC1 : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start > 10, x => x.ClientId == "c1");
            Then().Yield(_ => new Signal("late-c1", a.Id));
        }
    }

    public sealed class ClientAssignment : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Match(() => a, x => x.ClientId == c.Id);
            Then().Yield(_ => new Signal("pair", c.Id + "/" + a.Id));
        }
    }

    public sealed class StartedBeforeToday : Rule
    {
        public override void Define()
        {
            Today today = null!;
            Assignment a = null!;
            When()
                .Match(() => today)
                .Match(() => a, x => x.Start <= today.Day);
            Then().Yield(_ => new Signal("started", a.Id));
        }
    }

    public sealed class ClientAssignmentStartedBeforeToday : Rule
    {
        public override void Define()
        {
            Today today = null!;
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => today)
                .Match(() => c)
                .Match(() => a, x => x.ClientId == c.Id && x.Start <= today.Day);
            Then().Yield(_ => new Signal("started", c.Id + "/" + a.Id));
        }
    }

    public sealed class UnboundToday : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match<Today>()
                .Match(() => a);
            Then().Yield(_ => new Signal("any", a.Id));
        }
    }

    public sealed class NestedAnd : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .And(g => g.Match(() => a, x => x.ClientId == c.Id, x => x.Start > 10));
            Then().Yield(_ => new Signal("nested", c.Id + "/" + a.Id));
        }
    }
}
