using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Dsl;

public sealed class NotExistsTests
{
    [Fact]
    public void Not_MatchingFactAbsent_Fires()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 2), new Message("a1", "MAZ") };

        // Act
        var result = TestEngine.Run([typeof(WithoutMessage)], facts);

        // Assert
        Assert.Equal(["without:a2"], TestEngine.Signals(result));
    }

    [Fact]
    public void Not_WithLocalCondition_IgnoresOtherKinds()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Message("a1", "MUT") };

        // Act
        var result = TestEngine.Run([typeof(WithoutMessage)], facts);

        // Assert
        Assert.Equal(["without:a1"], TestEngine.Signals(result));
    }

    [Fact]
    public void Exists_MatchingFactPresent_FiresOnceRegardlessOfCount()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 2), new Message("a1", "MAZ"), new Message("a1", "MUT") };

        // Act
        var result = TestEngine.Run([typeof(WithMessage)], facts);

        // Assert
        Assert.Equal(["with:a1"], TestEngine.Signals(result));
    }

    [Fact]
    public void NotGroup_JoinedPairAbsent_Fires()
    {
        // Arrange: c1 has an assignment with a message; c2 has an assignment without one; c3 has nothing.
        var facts = new object[]
        {
            new Client("c1"), new Client("c2"), new Client("c3"),
            new Assignment("a1", "c1", 1), new Message("a1", "MAZ"),
            new Assignment("a2", "c2", 1),
        };

        // Act
        var result = TestEngine.Run([typeof(NoAssignmentWithMessage)], facts);

        // Assert
        Assert.Equal(["no-pair:c2", "no-pair:c3"], TestEngine.Signals(result));
    }

    [Fact]
    public void ExistsGroup_JoinedPairPresent_FiresOncePerOuterMatch()
    {
        // Arrange
        var facts = new object[]
        {
            new Client("c1"), new Client("c2"),
            new Assignment("a1", "c1", 1), new Message("a1", "MAZ"), new Assignment("a3", "c1", 1), new Message("a3", "MAZ"),
            new Assignment("a2", "c2", 1),
        };

        // Act
        var result = TestEngine.Run([typeof(SomeAssignmentWithMessage)], facts);

        // Assert
        Assert.Equal(["pair:c1"], TestEngine.Signals(result));
    }

    public sealed class WithoutMessage : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<Message>(m => m.AssignmentId == a.Id && m.Kind == "MAZ");
            Then().Yield(_ => new Signal("without", a.Id));
        }
    }

    public sealed class WithMessage : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Exists<Message>(m => m.AssignmentId == a.Id);
            Then().Yield(_ => new Signal("with", a.Id));
        }
    }

    public sealed class NoAssignmentWithMessage : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Not(g => g
                    .Match(() => a, x => x.ClientId == c.Id)
                    .Match<Message>(m => m.AssignmentId == a.Id));
            Then().Yield(_ => new Signal("no-pair", c.Id));
        }
    }

    public sealed class SomeAssignmentWithMessage : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Exists(g => g
                    .Match(() => a, x => x.ClientId == c.Id)
                    .Exists<Message>(m => m.AssignmentId == a.Id));
            Then().Yield(_ => new Signal("pair", c.Id));
        }
    }
}
