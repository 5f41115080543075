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
}
