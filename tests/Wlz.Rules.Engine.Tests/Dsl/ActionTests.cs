using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Dsl;

public sealed class ActionTests
{
    [Fact]
    public void Do_RunsWithContextOfTheFiring()
    {
        // Arrange
        var seen = new List<string>();
        var repository = new RuleRepository(new DefaultRuleActivator(seen));
        repository.Add<Recorder>();
        var session = repository.Compile().CreateSession();
        session.Insert(new Client("c1"));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["Test.Recorder|Recorder name|c1|Client { Id = c1 }"], seen);
    }

    [Fact]
    public void Insert_DerivedFact_IsMatchedByRuleInSameStratum()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 50) };

        // Act
        var result = TestEngine.Run([typeof(DeriveInCare), typeof(ReportInCare)], facts);

        // Assert
        Assert.Equal(["in-care:a1"], TestEngine.Signals(result));
        Assert.Equal([new InCare("a1")], result.Firings[0].InsertedFacts);
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
        Assert.Equal(["not-in-care:a2"], TestEngine.Signals(result));
        Assert.Equal(0, factory.StratumOf(typeof(DeriveInCare).FullName!));
        Assert.Equal(1, factory.StratumOf(typeof(NotInCare).FullName!));
    }

    [Fact]
    public void Insert_ChainOfThreeStrata_ReachesFixpoint()
    {
        // Arrange
        var facts = new object[] { new Client("c1"), new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 60) };

        // Act
        var result = TestEngine.Run([typeof(SummaryWithoutNotInCare), typeof(NotInCare), typeof(DeriveInCare), typeof(SignalToSummary)], facts);

        // Assert: stratum 0 derives InCare(a1); stratum 1 signals a2; stratum 2 counts the signals.
        Assert.Equal([new Summary("c1", 1)], result.ResultsOf<Summary>());
    }

    [Fact]
    public void Yield_NullResult_IsIgnored()
    {
        // Act
        var result = TestEngine.Run([typeof(YieldNull)], new Client("c1"));

        // Assert
        Assert.Empty(result.Results);
        Assert.Single(result.Firings);
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
    }

    [RuleId("Test.Recorder")]
    [Name("Recorder name")]
    public sealed class Recorder(List<string> seen) : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => seen.Add(ctx.Rule.Id + "|" + ctx.Rule.Name + "|" + c.Id + "|" + ctx.Facts[0]));
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

    public sealed class YieldNull : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => (Signal?)null);
        }
    }

    public sealed class DeriveInCare : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start < 10);
            Then().Insert(_ => new InCare(a.Id));
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
                .Insert(_ => new Signal("not-in-care", a.ClientId));
        }
    }

    public sealed class SignalToSummary : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IReadOnlyList<Signal> signals = null!;
            When()
                .Match(() => c)
                .Collect(() => signals, s => s.Subject == c.Id);
            Then().Yield(_ => new Summary(c.Id, signals.Count));
        }
    }

    public sealed class SummaryWithoutNotInCare : Rule
    {
        public override void Define()
        {
            When().Match<Client>(c => c.Id == "never");
        }
    }
}
