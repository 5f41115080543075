using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Dsl;

public sealed class ActionTests
{
    [Fact]
    public void Do_RunsWithContextOfTheFiring()
    {
        // Arrange
        var seen = new List<string>();
        var services = new ServiceCollection().AddSingleton(seen).BuildServiceProvider();
        var repository = TestEngine.Repository(new TestEngine.ServiceActivator(services), typeof(Recorder));
        var session = RuleSetCompiler.Compile(repository).CreateSession();
        session.Insert(new Client("c1"));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["Test.Recorder|Recorder name|c1|Client { Id = c1 }"], seen);
    }

    [Fact]
    public void Yield_DerivedFact_IsMatchedByRuleInSameStratum()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 50) };

        // Act
        var result = TestEngine.Run([typeof(YieldInCare), typeof(ReportInCare)], facts);

        // Assert
        Assert.Equal(["in-care:a1"], TestEngine.Signals(result));
        Assert.Equal([new InCare("a1")], result.Firings[0].Results);
        Assert.Equal([new InCare("a1"), new Signal("in-care", "a1")], result.Results);
    }

    [Fact]
    public void DoWithContextInsert_DerivedFact_IsMatchedByRuleInSameStratum()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 50) };

        // Act
        var result = TestEngine.Run([typeof(DeriveInCare), typeof(ReportInCare)], facts);

        // Assert: a fact inserted with ctx.Insert is a result like a yielded one.
        Assert.Equal(["in-care:a1"], TestEngine.Signals(result));
        Assert.Equal([new InCare("a1")], result.Firings[0].Results);
        Assert.Equal([new InCare("a1")], result.ResultsOf<InCare>());
        Assert.Same(result.Firings[0], result.ExplanationOf(result.ResultsOf<InCare>()[0]));
    }

    [Fact]
    public void DoWithInsertAll_InsertsEveryFactInOrder()
    {
        // Act
        var result = TestEngine.Run([typeof(InsertTwo), typeof(ReportInCare)], new Client("c1"));

        // Assert
        Assert.Equal([new InCare("c1-x"), new InCare("c1-y")], result.Firings[0].Results);
        Assert.Equal(["in-care:c1-x", "in-care:c1-y"], TestEngine.Signals(result));
    }

    [Fact]
    public void Insert_DerivedFactTestedByNot_RunsInLaterStratum()
    {
        // Arrange
        var factory = TestEngine.Compile(typeof(NotInCare), typeof(DeriveInCare));
        var session = factory.CreateSession();
        session.InsertAll([new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 50)]);

        // Act
        var result = session.Fire();

        // Assert
        Assert.Equal(["not-in-care:a2", "not-in-care:c1"], TestEngine.Signals(result));
        Assert.Equal(0, factory.StratumOf(RuleInfo.IdOf(typeof(DeriveInCare))));
        Assert.Equal(1, factory.StratumOf(RuleInfo.IdOf(typeof(NotInCare))));
    }

    [Fact]
    public void Insert_ChainOfThreeStrata_ReachesFixpoint()
    {
        // Arrange
        var facts = new object[] { new Client("c1"), new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 60) };
        var factory = TestEngine.Compile(typeof(SummaryWithoutNotInCare), typeof(NotInCare), typeof(DeriveInCare), typeof(SignalToSummary));

        // Act
        var result = TestEngine.Run(factory, facts);

        // Assert: stratum 0 derives InCare(a1); stratum 1 signals a2 (and its client); stratum 2 counts the client's signals.
        Assert.Equal([new Summary("c1", 1)], result.ResultsOf<Summary>());
        Assert.Equal(2, factory.StratumOf(RuleInfo.IdOf(typeof(SignalToSummary))));
    }

    [Fact]
    public void Yield_NullResult_ThrowsRuleEvaluationException()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(YieldNull)).CreateSession();
        session.Insert(new Client("c1"));

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert: NRules rejects a null fact as well.
        Assert.Equal(RuleInfo.IdOf(typeof(YieldNull)), exception.RuleId);
        Assert.Equal("Yield(_ => Nothing())", exception.Element);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Yield_Result_IsLinkedToItsFiring()
    {
        // Arrange
        var client = new Client("c1");

        // Act
        var result = TestEngine.Run([typeof(Recorderless)], client);

        // Assert
        var signal = Assert.Single(result.Results);
        var firing = result.ExplanationOf(signal)!;
        Assert.Equal("Test.Recorderless", firing.Rule.Id);
        Assert.Same(client, firing.Facts[0]);
        Assert.Same(signal, firing.Results[0]);
        Assert.Same(firing, result.Yields[0].Firing);
        Assert.Null(result.ExplanationOf(client));
    }

    [Fact]
    public void Yield_TwoYieldsInOneRule_InsertBothInOrder()
    {
        // Act
        var result = TestEngine.Run([typeof(TwoYields)], new Client("c1"));

        // Assert
        Assert.Equal(["first:c1", "second:c1"], TestEngine.Signals(result));
        Assert.Equal(2, result.Firings[0].Results.Count);
    }

    [RuleId("Test.Recorder")]
    [Name("Recorder name")]
    public sealed class Recorder(List<string> seen) : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => seen.Add(RuleInfo.Of(ctx.Rule).Id + "|" + ctx.Rule.Name + "|" + c.Id + "|" + ctx.Match.Facts.First().Value));
        }
    }

    [RuleId("Test.Recorderless")]
    public sealed class Recorderless : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => new Signal("client", c.Id));
        }
    }

    public sealed class TwoYields : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then()
                .Yield(_ => new Signal("first", c.Id))
                .Yield(_ => new Signal("second", c.Id));
        }
    }

    public sealed class YieldNull : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => Nothing());
        }

        private static Signal Nothing() => null!;
    }

    [Priority(20)]
    public sealed class DeriveInCare : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start < 10);
            Then().Do(ctx => ctx.Insert(new InCare(a.Id)));
        }
    }

    [Priority(20)]
    public sealed class YieldInCare : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start < 10);
            Then().Yield(_ => new InCare(a.Id));
        }
    }

    public sealed class InsertTwo : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => ctx.InsertAll(new[] { new InCare(c.Id + "-x"), new InCare(c.Id + "-y") }));
        }
    }

    public sealed class ReportInCare : Rule
    {
        public override void Define()
        {
            InCare i = null!;
            When().Match(() => i);
            Then().Yield(_ => new Signal("in-care", i.AssignmentId));
        }
    }

    [Priority(10)]
    public sealed class NotInCare : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then()
                .Yield(_ => new Signal("not-in-care", a.Id))
                .Do(ctx => ctx.Insert(new Signal("not-in-care", a.ClientId)));
        }
    }

    public sealed class SignalToSummary : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Signal> signals = null!;
            When()
                .Match(() => c)
                .Query(() => signals, q => q.Match<Signal>(s => s.Subject == c.Id).Collect());
            Then().Yield(_ => new Summary(c.Id, signals.Count()));
        }
    }

    public sealed class SummaryWithoutNotInCare : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c, x => x.Id == "never");
            Then().Yield(_ => new Summary("never", 0));
        }
    }
}
