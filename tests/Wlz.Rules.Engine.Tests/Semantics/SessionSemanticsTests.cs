using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Semantics;

public sealed class SessionSemanticsTests
{
    [Fact]
    public void Fire_RecursiveForwardChaining_DerivesEachPathOnce()
    {
        // Arrange
        var facts = new object[] { new Edge(1, 2), new Edge(2, 3), new Edge(3, 4) };

        // Act
        var result = TestEngine.Run([typeof(EdgeIsPath), typeof(ExtendPath), typeof(ReportPath)], facts);

        // Assert
        Assert.Equal(["1-2", "1-3", "1-4", "2-3", "2-4", "3-4"], result.ResultsOf<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_SelfJoinAndPlainPatternsSharingAMemory_FindEveryPairOnce()
    {
        // Arrange: both patterns of the self-join, and the single pattern of the other rule, have no alpha condition and
        // no join key, so they read one shared memory of Assignment.
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 5), new Assignment("a3", "c2", 3) };

        // Act
        var result = TestEngine.Run([typeof(LaterAssignment), typeof(AnyAssignment)], facts);

        // Assert
        Assert.Equal(
            ["a1<a2", "a1<a3", "a3<a2", "any:a1", "any:a2", "any:a3"],
            result.ResultsOf<Signal>().Select(s => s.Rule == "any" ? $"any:{s.Subject}" : s.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_Priority_FiresHigherPriorityFirstWithinStratum()
    {
        // Act
        var result = TestEngine.Run([typeof(ALowPriority), typeof(BHighPriority)], new Client("c1"));

        // Assert
        Assert.Equal(["high", "low"], result.ResultsOf<string>());
    }

    [Fact]
    public void Retract_BeforeFire_RemovesFact()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(Dsl.MatchTests.LateAssignment)).CreateSession();
        var a1 = new Assignment("a1", "c1", 11);
        session.Insert(a1);
        session.Insert(new Assignment("a2", "c1", 12));

        // Act
        bool removed = session.Retract(a1);
        bool removedAgain = session.Retract(a1);
        var result = session.Fire();

        // Assert
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Equal(["late:a2"], TestEngine.Signals(result));
    }

    [Theory]
    [InlineData("array")]
    [InlineData("list")]
    [InlineData("lazy")]
    public void InsertAll_ArrayListOrLazySequence_GivesTheSameResults(string shape)
    {
        // Arrange: arrays and lists are walked by index, other sequences enumerated; the facts must be the same.
        var facts = new[] { new Assignment("a1", "c1", 11), new Assignment("a2", "c1", 3), new Assignment("a3", "c2", 12) };
        IEnumerable<object> sequence = shape switch
        {
            "array" => facts,
            "list" => facts.Cast<object>().ToList(),
            _ => facts.Select(f => (object)f),
        };
        var session = TestEngine.Compile(typeof(Dsl.MatchTests.LateAssignment)).CreateSession();

        // Act
        session.InsertAll(sequence);
        var result = session.Fire();

        // Assert
        Assert.Equal(["a1", "a3"], result.ResultsOf<Signal>().Select(s => s.Subject));
    }

    [Fact]
    public void InsertAll_ArrayWithANullFact_ThrowsArgumentNullException()
    {
        var session = TestEngine.Compile(typeof(Dsl.MatchTests.LateAssignment)).CreateSession();

        Assert.Throws<ArgumentNullException>(() => session.InsertAll([new Assignment("a1", "c1", 11), null!]));
    }

    [Fact]
    public void Insert_AfterFire_Throws()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(Dsl.MatchTests.LateAssignment)).CreateSession();
        session.Fire();

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => session.Insert(new Client("c1")));

        // Assert
        Assert.Equal("The session has fired; call Reset() before inserting, retracting or firing again.", exception.Message);
    }

    [Fact]
    public void Reset_AfterFire_AllowsAnIndependentSecondEvaluation()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(Dsl.MatchTests.LateAssignment)).CreateSession();
        session.Insert(new Assignment("a1", "c1", 11));
        var first = session.Fire();

        // Act
        session.Reset();
        session.Insert(new Assignment("a2", "c1", 12));
        var second = session.Fire();

        // Assert
        Assert.Equal(["late:a1"], TestEngine.Signals(first));
        Assert.Equal(["late:a2"], TestEngine.Signals(second));
    }

    [Fact]
    public void Fire_FactOfDerivedType_MatchesPatternOfBaseType()
    {
        // Act
        var result = TestEngine.Run([typeof(AnyShape)], new Square(), new Circle());

        // Assert
        Assert.Equal(["Circle", "Square"], result.ResultsOf<string>());
    }

    [Fact]
    public void Fire_ValueTypeFactsInALargeMemory_ScanAndJoinLikeObjects()
    {
        // Arrange: 40 readings, so both memories of Reading are large enough to be scanned with prefetching and indexed.
        var facts = new List<object> { new Client("c1"), new Client("c2") };
        facts.AddRange(Enumerable.Range(0, 40).Select(i => (object)new Reading(i % 4 == 0 ? "c1" : "c3", i)));

        // Act
        var result = TestEngine.Run([typeof(ReadingOfClient), typeof(ClientWithoutReading), typeof(HighReading)], [.. facts]);

        // Assert
        var expected = Enumerable.Range(0, 40).Where(i => i % 4 == 0).Select(i => $"c1:{i}").Concat(["none:c2", "high:38", "high:39"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.ResultsOf<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_ActionThrows_WrapsWithRuleIdAndAction()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(Throwing)).CreateSession();
        session.Insert(new Client("c1"));

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert
        Assert.Equal("Rule 'Test.Throwing' failed in '(ctx, c) => Fail(c)': InvalidDataException: boom c1", exception.Message);
        Assert.IsType<InvalidDataException>(exception.InnerException);
    }

    public sealed record Edge(int From, int To);

    public sealed record Path(int From, int To);

    public readonly record struct Reading(string ClientId, int Value);

    public sealed class ReadingOfClient : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Reading r = default;
            When()
                .Match(() => c)
                .Match(() => r, x => x.ClientId == c.Id);
            Then().Yield(_ => $"{c.Id}:{r.Value}");
        }
    }

    public sealed class ClientWithoutReading : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .Not<Reading>(x => x.ClientId == c.Id);
            Then().Yield(_ => $"none:{c.Id}");
        }
    }

    public sealed class HighReading : Rule
    {
        public override void Define()
        {
            Reading r = default;
            When()
                .Match(() => r)
                .Having(() => r.Value >= 38);
            Then().Yield(_ => $"high:{r.Value}");
        }
    }

    public abstract class Shape;

    public sealed class Square : Shape;

    public sealed class Circle : Shape;

    public sealed class LaterAssignment : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            Assignment b = null!;
            When()
                .Match(() => a)
                .Match(() => b, x => x.Start > a.Start);
            Then().Yield(_ => new Signal("later", $"{a.Id}<{b.Id}"));
        }
    }

    public sealed class AnyAssignment : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a);
            Then().Yield(_ => new Signal("any", a.Id));
        }
    }

    [Priority(10)]
    public sealed class EdgeIsPath : Rule
    {
        public override void Define()
        {
            Edge e = null!;
            When().Match(() => e);
            Then().Yield(_ => new Path(e.From, e.To));
        }
    }

    [Priority(10)]
    public sealed class ExtendPath : Rule
    {
        public override void Define()
        {
            Path p = null!;
            Edge e = null!;
            When()
                .Match(() => p)
                .Match(() => e, x => x.From == p.To);
            Then().Do(ctx => ctx.Insert(new Path(p.From, e.To)));
        }
    }

    public sealed class ReportPath : Rule
    {
        public override void Define()
        {
            Path p = null!;
            When().Match(() => p);
            Then().Yield(_ => p.From + "-" + p.To);
        }
    }

    [Priority(1)]
    public sealed class ALowPriority : Rule
    {
        public override void Define()
        {
            When().Match<Client>();
            Then().Yield(_ => "low");
        }
    }

    [Priority(5)]
    public sealed class BHighPriority : Rule
    {
        public override void Define()
        {
            When().Match<Client>();
            Then().Yield(_ => "high");
        }
    }

    public sealed class AnyShape : Rule
    {
        public override void Define()
        {
            Shape s = null!;
            When().Match(() => s);
            Then().Yield(_ => s.GetType().Name);
        }
    }

    [RuleId("Test.Throwing")]
    public sealed class Throwing : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => Fail(c));
        }

        private static void Fail(Client c) => throw new InvalidDataException("boom " + c.Id);
    }
}
