using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
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
    public void Not_WithoutAnyJoin_TestsTheWholeMemory()
    {
        // Act
        var empty = TestEngine.Run([typeof(NoTodayAtAll)], new Client("c1"));
        var blocked = TestEngine.Run([typeof(NoTodayAtAll)], new Client("c1"), new Today(3));

        // Assert
        Assert.Equal(["no-today:c1"], TestEngine.Signals(empty));
        Assert.Empty(blocked.Results);
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
        var result = TestEngine.Run([NoAssignmentWithMessage()], facts);

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
        var result = TestEngine.Run([SomeAssignmentWithMessage()], facts);

        // Assert
        Assert.Equal(["pair:c1"], TestEngine.Signals(result));
    }

    [Fact]
    public void NotAndExistsGroups_GiveTheSameResultsAsNRules()
    {
        // Arrange
        var facts = new object[]
        {
            new Client("c1"), new Client("c2"), new Client("c3"),
            new Assignment("a1", "c1", 1), new Message("a1", "MAZ"), new Assignment("a3", "c1", 1), new Message("a3", "MUT"),
            new Assignment("a2", "c2", 1),
        };
        IRuleDefinition[] rules = [NoAssignmentWithMessage(), SomeAssignmentWithMessage()];

        // Act
        var ours = TestEngine.Run(rules, facts).ResultsOf<Signal>();
        var nrules = TestEngine.RunOnNRules<Signal>(TestEngine.CompileOnNRules(rules), facts);

        // Assert
        Assert.Equal(["no-pair:c2", "no-pair:c3", "pair:c1"], ours.Select(s => $"{s.Rule}:{s.Subject}").Order(StringComparer.Ordinal));
        Assert.Equal(ours.Order(SignalOrder.Instance), nrules.Order(SignalOrder.Instance));
    }

    /// <summary>Client c with no assignment a of c for which a message exists: <c>Not(And(Match a, Match m))</c>.</summary>
    internal static IRuleDefinition NoAssignmentWithMessage()
    {
        var builder = new RuleBuilder();
        builder.Name("Model.NoAssignmentWithMessage");
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(Client), "c");
        var group = lhs.Not().Group(GroupType.And);
        group.Pattern(typeof(Assignment), "a").Condition(Condition<Assignment, Client>((a, c) => a.ClientId == c.Id));
        group.Pattern(typeof(Message), "m").Condition(Condition<Message, Assignment>((m, a) => m.AssignmentId == a.Id));
        builder.RightHandSide().Action(Action<Client>((ctx, c) => ctx.Insert(new Signal("no-pair", c.Id))));
        return builder.Build();
    }

    /// <summary>Client c with some assignment a of c that has a message: <c>Exists(And(Match a, Exists m))</c>.</summary>
    internal static IRuleDefinition SomeAssignmentWithMessage()
    {
        var builder = new RuleBuilder();
        builder.Name("Model.SomeAssignmentWithMessage");
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(Client), "c");
        var group = lhs.Exists().Group(GroupType.And);
        group.Pattern(typeof(Assignment), "a").Condition(Condition<Assignment, Client>((a, c) => a.ClientId == c.Id));
        group.Exists().Pattern(typeof(Message), "m").Condition(Condition<Message, Assignment>((m, a) => m.AssignmentId == a.Id && m.Kind == "MAZ"));
        builder.RightHandSide().Action(Action<Client>((ctx, c) => ctx.Insert(new Signal("pair", c.Id))));
        return builder.Build();
    }

    internal static Expression<Func<T, TBound, bool>> Condition<T, TBound>(Expression<Func<T, TBound, bool>> condition) => condition;

    internal static Expression<Action<IContext, T>> Action<T>(Expression<Action<IContext, T>> action) => action;

    [Priority(10)]
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

    public sealed class NoTodayAtAll : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .Not<Today>();
            Then().Yield(_ => new Signal("no-today", c.Id));
        }
    }
}
