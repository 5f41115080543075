using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Bulk;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Runtime;

/// <summary>A condition or action that throws surfaces as a <see cref="RuleEvaluationException"/> naming the rule and the element.</summary>
public sealed class EvaluationErrorTests
{
    // Facts whose Id starts with "boom" make the rules below throw; "fmt" makes them throw a FormatException.
    private static readonly Client Boom = new("boom");

    [Theory]
    [InlineData("boom", typeof(InvalidOperationException))]
    [InlineData("fmt", typeof(FormatException))]
    public void Fire_JoinConditionThrows_NamesRuleAndPattern(string clientId, Type inner)
    {
        // Arrange
        var session = TestEngine.Compile(typeof(ThrowingJoin)).CreateSession();
        session.InsertAll([new Client(clientId), new Assignment("a1", clientId, 1)]);

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert
        Assert.Equal("Err.Join", exception.RuleId);
        Assert.Equal("Match<Assignment>((a, c) => Check(a.ClientId, c.Id))", exception.Element);
        Assert.Equal(-1, exception.PartitionIndex);
        Assert.IsType(inner, exception.InnerException);
        Assert.StartsWith($"Rule 'Err.Join' failed in 'Match<Assignment>((a, c) => Check(a.ClientId, c.Id))': {inner.Name}: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("boom", typeof(InvalidOperationException))]
    [InlineData("fmt", typeof(FormatException))]
    public void Fire_HashJoinKeyThrows_NamesRuleAndPattern(string clientId, Type inner)
    {
        // Arrange: the join key of the probing side (the client) is computed while matching.
        var session = TestEngine.Compile(typeof(ThrowingJoinKey)).CreateSession();
        session.InsertAll([new Client(clientId), new Assignment("a1", "x", 1)]);

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert
        Assert.Equal("Err.JoinKey", exception.RuleId);
        Assert.Equal("Match<Assignment>((a, c) => (a.ClientId == Key(c.Id)))", exception.Element);
        Assert.IsType(inner, exception.InnerException);
    }

    [Theory]
    [InlineData("boom", typeof(InvalidOperationException))]
    [InlineData("fmt", typeof(FormatException))]
    public void Fire_AlphaConditionThrowsOnACallersFact_NamesRuleAndPattern(string clientId, Type inner)
    {
        // Arrange
        var session = TestEngine.Compile(typeof(ThrowingAlpha)).CreateSession();
        session.Insert(new Client(clientId));

        // Act
        var exception = Record.Exception(session.Fire);

        // Assert
        var evaluation = Assert.IsType<RuleEvaluationException>(exception);
        Assert.Equal("Err.Alpha", evaluation.RuleId);
        Assert.Equal("Match<Client>(c => Check(c.Id, \"c\"))", evaluation.Element);
        Assert.Equal(-1, evaluation.PartitionIndex);
        Assert.IsType(inner, evaluation.InnerException);
    }

    [Fact]
    public void Fire_AlphaConditionThrowsOnADerivedFact_NamesTheRuleWithTheCondition()
    {
        // Arrange: Err.Derive inserts a client that Err.Alpha's condition cannot handle.
        var session = TestEngine.Compile(typeof(DeriveBoom), typeof(ThrowingAlpha)).CreateSession();
        session.Insert(new Assignment("a1", "c1", 1));

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert: the failing condition is Err.Alpha's, not Err.Derive's action.
        Assert.Equal("Err.Alpha", exception.RuleId);
        Assert.Equal("Match<Client>(c => Check(c.Id, \"c\"))", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_LetThrows_NamesRuleAndLet()
    {
        var session = TestEngine.Compile(typeof(ThrowingLet)).CreateSession();
        session.Insert(Boom);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal("Err.Let", exception.RuleId);
        Assert.Equal("Let(length, c => Length(c.Id))", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_HavingOnACollectionThrows_NamesRuleAndHaving()
    {
        var session = TestEngine.Compile(typeof(ThrowingHaving)).CreateSession();
        session.InsertAll([Boom, new Assignment("a1", "boom", 1)]);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal("Err.Having", exception.RuleId);
        Assert.Equal("Having(assignments => Many(assignments))", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_NotConditionThrows_NamesRuleAndNot()
    {
        var session = TestEngine.Compile(typeof(ThrowingNot)).CreateSession();
        session.InsertAll([Boom, new Message("m1", "MAZ")]);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal("Err.Not", exception.RuleId);
        Assert.StartsWith("Not<Message>(", exception.Element, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_DoActionThrows_NamesRuleAndAction()
    {
        var session = TestEngine.Compile(typeof(ThrowingDo)).CreateSession();
        session.Insert(Boom);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal("Err.Do", exception.RuleId);
        Assert.Equal("(ctx, c) => Act(c)", exception.Element);
        Assert.Equal(-1, exception.PartitionIndex);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_YieldThrows_NamesRuleAndYield()
    {
        var session = TestEngine.Compile(typeof(ThrowingYield)).CreateSession();
        session.Insert(Boom);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal("Err.Yield", exception.RuleId);
        Assert.Equal("Yield((ctx, c) => new Signal(\"yield\", Describe(c)))", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Fire_AfterAFailure_TheSessionCanBeResetAndReused()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(ThrowingDo)).CreateSession();
        session.Insert(Boom);
        Assert.Throws<RuleEvaluationException>(session.Fire);

        // Act
        session.Reset();
        session.Insert(new Client("c1"));
        var result = session.Fire();

        // Assert
        Assert.Equal(["do:c1"], TestEngine.Signals(result));
    }

    [Fact]
    public void AtPartition_KeepsRuleElementAndInnerException()
    {
        // Arrange
        var inner = new InvalidOperationException("boom");
        var original = new RuleEvaluationException("R", "Match<X>()", -1, inner);

        // Act
        var moved = original.AtPartition(42);

        // Assert
        Assert.Equal("R", moved.RuleId);
        Assert.Equal("Match<X>()", moved.Element);
        Assert.Equal(42, moved.PartitionIndex);
        Assert.Same(inner, moved.InnerException);
        Assert.Equal("Rule 'R' failed on partition 42 in 'Match<X>()': InvalidOperationException: boom", moved.Message);
        Assert.Equal("Rule 'R' failed in 'Match<X>()': InvalidOperationException: boom", original.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void EvaluateMany_RuleThrowsInAPartition_HandsOutEarlierResultsThenThrowsTheRulesFailure(int workers)
    {
        // Arrange: partition 77 holds the client that makes the action throw.
        var factory = TestEngine.Compile(typeof(ThrowingDo));
        var options = new BulkOptions { MaxDegreeOfParallelism = workers, WindowSize = 16 };
        var handedOut = new List<long>();

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(() =>
        {
            foreach (var result in factory.EvaluateMany(Enumerable.Range(0, 200), FactsOf, options))
            {
                handedOut.Add(result.Index);
            }
        });

        // Assert
        Assert.Equal("Err.Do", exception.RuleId);
        Assert.Equal("(ctx, c) => Act(c)", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Equal(Enumerable.Range(0, 77).Select(i => (long)i), handedOut);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void EvaluateMany_RuleThrowsInAPartition_ReportsThePartitionsIndex(int workers)
    {
        // Arrange: partition 77 holds the client that makes the action throw.
        var factory = TestEngine.Compile(typeof(ThrowingDo));
        var options = new BulkOptions { MaxDegreeOfParallelism = workers, WindowSize = 16 };
        var handedOut = new List<long>();

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(() =>
        {
            foreach (var result in factory.EvaluateMany(Enumerable.Range(0, 200), FactsOf, options))
            {
                handedOut.Add(result.Index);
            }
        });

        // Assert
        Assert.Equal("Err.Do", exception.RuleId);
        Assert.Equal(Enumerable.Range(0, 77).Select(i => (long)i), handedOut);
        Assert.Equal(77, exception.PartitionIndex);
        Assert.Contains("on partition 77", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateManyAsync_RuleThrowsInAPartition_ReportsThePartitionsIndex()
    {
        // Arrange
        var factory = TestEngine.Compile(typeof(ThrowingDo));
        var options = new BulkOptions { MaxDegreeOfParallelism = 2, WindowSize = 16 };

        // Act
        var exception = await Assert.ThrowsAsync<RuleEvaluationException>(async () =>
        {
            await foreach (var result in factory.EvaluateManyAsync(Partitions(200), FactsOf, options))
            {
                _ = result;
            }
        });

        // Assert
        Assert.Equal("Err.Do", exception.RuleId);
        Assert.Equal(77, exception.PartitionIndex);
    }

    private static IEnumerable<object> FactsOf(int partition)
    {
        yield return new Client(partition == 77 ? "boom" : $"c{partition}");
    }

    private static async IAsyncEnumerable<int> Partitions(int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % 50 == 0)
            {
                await Task.Yield();
            }

            yield return i;
        }
    }

    /// <summary>Throws for ids starting with "boom" (InvalidOperationException) or "fmt" (FormatException); true otherwise.</summary>
    private static bool Check(string value, string expected)
    {
        if (value.StartsWith("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("cannot check " + value);
        }

        if (value.StartsWith("fmt", StringComparison.Ordinal))
        {
            throw new FormatException("cannot parse " + value);
        }

        return value.StartsWith(expected, StringComparison.Ordinal) || value == expected;
    }

    private static string Key(string value) => Check(value, string.Empty) ? value : value;

    private static int Length(string value) => Check(value, string.Empty) ? value.Length : 0;

    private static bool Many(IEnumerable<Assignment> assignments) =>
        assignments.All(a => Check(a.ClientId, string.Empty)) && assignments.Skip(1).Any();

    private static void Act(Client c) => _ = Check(c.Id, string.Empty);

    private static string Describe(Client c) => Check(c.Id, string.Empty) ? c.Id : string.Empty;

    [RuleId("Err.Join")]
    public sealed class ThrowingJoin : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Match(() => a, x => Check(x.ClientId, c.Id));
            Then().Yield(_ => new Signal("join", a.Id));
        }
    }

    [RuleId("Err.JoinKey")]
    public sealed class ThrowingJoinKey : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Match(() => a, x => x.ClientId == Key(c.Id));
            Then().Yield(_ => new Signal("join-key", a.Id));
        }
    }

    [RuleId("Err.Alpha")]
    public sealed class ThrowingAlpha : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c, x => Check(x.Id, "c"));
            Then().Yield(_ => new Signal("alpha", c.Id));
        }
    }

    [RuleId("Err.Derive")]
    public sealed class DeriveBoom : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a);
            Then().Do(ctx => ctx.Insert(new Client("boom-" + a.Id)));
        }
    }

    [RuleId("Err.Let")]
    public sealed class ThrowingLet : Rule
    {
        public override void Define()
        {
            Client c = null!;
            int length = 0;
            When()
                .Match(() => c)
                .Let(() => length, () => Length(c.Id));
            Then().Yield(_ => new Signal("let", c.Id + length));
        }
    }

    [RuleId("Err.Having")]
    public sealed class ThrowingHaving : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Assignment> assignments = null!;
            When()
                .Match(() => c)
                .Query(() => assignments, q => q.Match<Assignment>(a => a.ClientId == c.Id).Collect())
                .Having(() => Many(assignments));
            Then().Yield(_ => new Signal("having", c.Id));
        }
    }

    [RuleId("Err.Not")]
    public sealed class ThrowingNot : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .Not<Message>(m => Check(c.Id, m.AssignmentId));
            Then().Yield(_ => new Signal("not", c.Id));
        }
    }

    [RuleId("Err.Do")]
    public sealed class ThrowingDo : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then()
                .Do(ctx => Act(c))
                .Yield(_ => new Signal("do", c.Id));
        }
    }

    [RuleId("Err.Yield")]
    public sealed class ThrowingYield : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(ctx => new Signal("yield", Describe(c)));
        }
    }
}
