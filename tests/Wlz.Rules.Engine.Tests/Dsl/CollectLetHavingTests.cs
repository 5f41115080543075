using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Dsl;

public sealed class CollectLetHavingTests
{
    [Fact]
    public void Collect_NoMatchingFacts_BindsEmptyCollection()
    {
        // Arrange
        var facts = new object[] { new Client("c1") };

        // Act
        var result = TestEngine.Run([typeof(CountAssignments)], facts);

        // Assert
        Assert.Equal([new Summary("c1", 0)], result.ResultsOf<Summary>());
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable<Assignment>>(result.Firings[0].Variables["assignments"]));
    }

    [Fact]
    public void Collect_MatchingFacts_BindsAllOfThemInFactOrder()
    {
        // Arrange
        var a3 = new Assignment("a3", "c1", 1);
        var a1 = new Assignment("a1", "c1", 1);
        var facts = new object[] { new Client("c1"), a3, new Assignment("a2", "c2", 1), a1 };

        // Act
        var result = TestEngine.Run([typeof(CountAssignments)], facts);

        // Assert
        Assert.Equal([new Summary("c1", 2)], result.ResultsOf<Summary>());
        var collected = Assert.IsAssignableFrom<IReadOnlyList<Assignment>>(result.Firings[0].Variables["assignments"]);
        Assert.Equal([a1, a3], collected);
    }

    [Fact]
    public void Having_OnCollectionCount_FiltersMatches()
    {
        // Arrange
        var facts = new object[] { new Client("c1"), new Client("c2"), new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 1), new Assignment("a3", "c2", 1) };

        // Act
        var result = TestEngine.Run([typeof(ClientWithSeveralAssignments)], facts);

        // Assert
        Assert.Equal(["several:c1"], TestEngine.Signals(result));
    }

    [Fact]
    public void Where_AfterCollect_FiltersLikeHaving()
    {
        // Arrange
        var facts = new object[] { new Client("c1"), new Client("c2"), new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 1), new Assignment("a3", "c2", 1) };

        // Act
        var result = TestEngine.Run([typeof(ClientWithSeveralAssignmentsByWhere)], facts);

        // Assert
        Assert.Equal(["several-where:c1"], TestEngine.Signals(result));
    }

    [Fact]
    public void Let_ComputedValue_IsUsableInHavingAndActionAndExplained()
    {
        // Arrange
        var facts = new object[] { new Today(30), new Assignment("a1", "c1", 1, End: 5), new Assignment("a2", "c1", 1, End: 20) };

        // Act
        var result = TestEngine.Run([typeof(EndedLongAgo)], facts);

        // Assert
        Assert.Equal(["ended:a1/25"], TestEngine.Signals(result));
        Assert.Equal(25, result.Firings[0].Values["daysAgo"]);
        Assert.Single(result.Firings[0].Values);
    }

    [Theory]
    [InlineData(-100_000, 0)]
    [InlineData(-1_025, 0)]
    [InlineData(-1_024, 0)]
    [InlineData(0, 0)]
    [InlineData(4_096, 0)]
    [InlineData(4_097, 0)]
    [InlineData(int.MaxValue, 21)]
    public void Let_IntegerInAndOutsideTheSharedBoxes_KeepsItsValue(int today, int end)
    {
        // Small integers share their boxes (no allocation per evaluation); every value must come out unchanged.
        var facts = new object[] { new Today(today), new Assignment("a1", "c1", 1, End: end) };

        // Act
        var result = TestEngine.Run([typeof(DaysSince)], facts);

        // Assert
        Assert.Equal([$"since:a1/{today - end}"], TestEngine.Signals(result));
        Assert.Equal(today - end, result.Firings[0].Values["days"]);
    }

    [Fact]
    public void Let_Boolean_TrueAndFalseKeepTheirValues()
    {
        // Arrange
        var facts = new object[] { new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 7) };

        // Act
        var result = TestEngine.Run([typeof(LateOrNot)], facts);

        // Assert
        Assert.Equal(["late:a1/False", "late:a2/True"], TestEngine.Signals(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Let_UsesRuleConstructorDependency()
    {
        // Arrange
        var services = new ServiceCollection().AddSingleton(new Threshold(3)).BuildServiceProvider();
        var repository = TestEngine.Repository(new TestEngine.ServiceActivator(services), typeof(ThresholdRule));
        var session = RuleSetCompiler.Compile(repository).CreateSession();
        session.InsertAll([new Assignment("a1", "c1", 2), new Assignment("a2", "c1", 4)]);

        // Act
        var result = session.Fire();

        // Assert
        Assert.Equal(["above:a2"], TestEngine.Signals(result));
    }

    public sealed record Threshold(int Value);

    public sealed class ThresholdRule(Threshold threshold) : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            bool above = false;
            When()
                .Match(() => a)
                .Let(() => above, () => a.Start > threshold.Value)
                .Having(() => above);
            Then().Yield(_ => new Signal("above", a.Id));
        }
    }

    public sealed class CountAssignments : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Assignment> assignments = null!;
            When()
                .Match(() => c)
                .Query(() => assignments, q => q.Match<Assignment>(a => a.ClientId == c.Id).Collect());
            Then().Yield(_ => new Summary(c.Id, assignments.Count()));
        }
    }

    public sealed class ClientWithSeveralAssignments : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Assignment> assignments = null!;
            When()
                .Match(() => c)
                .Query(() => assignments, q => q.Match<Assignment>(a => a.ClientId == c.Id).Collect())
                .Having(() => assignments.Count() > 1);
            Then().Yield(_ => new Signal("several", c.Id));
        }
    }

    public sealed class ClientWithSeveralAssignmentsByWhere : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Assignment> assignments = null!;
            When()
                .Match(() => c)
                .Query(() => assignments, q => q.Match<Assignment>(a => a.ClientId == c.Id).Collect().Where(x => x.Count() > 1));
            Then().Yield(_ => new Signal("several-where", c.Id));
        }
    }

    public sealed class EndedLongAgo : Rule
    {
        public override void Define()
        {
            Today today = null!;
            Assignment a = null!;
            int daysAgo = 0;
            When()
                .Match(() => today)
                .Match(() => a, x => x.End != null)
                .Let(() => daysAgo, () => today.Day - a.End!.Value)
                .Having(() => daysAgo > 21);
            Then().Yield(_ => new Signal("ended", a.Id + "/" + daysAgo));
        }
    }

    public sealed class DaysSince : Rule
    {
        public override void Define()
        {
            Today today = null!;
            Assignment a = null!;
            int days = 0;
            When()
                .Match(() => today)
                .Match(() => a, x => x.End != null)
                .Let(() => days, () => today.Day - a.End!.Value);
            Then().Yield(_ => new Signal("since", a.Id + "/" + days));
        }
    }

    public sealed class LateOrNot : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            bool late = false;
            When()
                .Match(() => a)
                .Let(() => late, () => a.Start > 5);
            Then().Yield(_ => new Signal("late", a.Id + "/" + late));
        }
    }
}
