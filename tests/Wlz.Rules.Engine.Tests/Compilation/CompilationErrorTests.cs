using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Compilation;

/// <summary>Every part of an NRules rule model that this executor does not run is rejected at compile time, naming the rule and the element.</summary>
public sealed class CompilationErrorTests
{
    [Fact]
    public void Compile_OrGroup_ThrowsNamingRuleAndElement()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(OrGroup)));

        Assert.Equal("Bad.OrGroup", exception.RuleId);
        Assert.Equal("Or(...)", exception.Expression);
        Assert.StartsWith("Rule 'Bad.OrGroup' cannot be compiled: Or groups are not supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NotOverAnOrGroup_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(NotOverOr()));

        Assert.Equal("Bad.NotOverOr", exception.RuleId);
        Assert.Equal("Not(Or)", exception.Expression);
    }

    [Fact]
    public void Compile_ForAll_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(ForAll)));

        Assert.Equal("Bad.ForAll", exception.RuleId);
        Assert.Equal("All(...)", exception.Expression);
        Assert.Contains("ForAll is not supported", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(SelectAggregate), "Bad.Select", "Project")]
    [InlineData(typeof(GroupByAggregate), "Bad.GroupBy", "GroupBy")]
    public void Compile_AggregateOtherThanCollect_Throws(Type rule, string ruleId, string aggregate)
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(rule));

        Assert.Equal(ruleId, exception.RuleId);
        Assert.StartsWith("Query(", exception.Expression, StringComparison.Ordinal);
        Assert.EndsWith($".{aggregate}())", exception.Expression, StringComparison.Ordinal);
        Assert.Contains($"the {aggregate} aggregate is not supported by this executor; only Collect() is.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(CollectOrderBy), "Bad.CollectOrderBy")]
    [InlineData(typeof(CollectToLookup), "Bad.CollectToLookup")]
    public void Compile_CollectWithOrderingOrLookup_Throws(Type rule, string ruleId)
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(rule));

        Assert.Equal(ruleId, exception.RuleId);
        Assert.Equal("Query(assignments, Match<Assignment>().Collect())", exception.Expression);
        Assert.Contains("(ordering or lookup) is not supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_CollectionDeclaredAsAList_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(CollectIntoList()));

        Assert.Equal("Bad.CollectIntoList", exception.RuleId);
        Assert.Contains("the collection is declared as List<Assignment>; this executor binds IEnumerable<Assignment>.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(FilterWhere), "Bad.FilterWhere", "Predicate filter")]
    [InlineData(typeof(FilterOnChange), "Bad.FilterOnChange", "KeyChange filter")]
    public void Compile_AgendaFilter_Throws(Type rule, string ruleId, string element)
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(rule));

        Assert.Equal(ruleId, exception.RuleId);
        Assert.Equal(element, exception.Expression);
        Assert.Contains("agenda filters (Filter().OnChange/Where) are not supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UndoAction_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(UndoAction)));

        Assert.Equal("Bad.Undo", exception.RuleId);
        Assert.Equal("(ctx, c) => Forget(c)", exception.Expression);
        Assert.Contains("actions triggered on Deactivated (Undo) are not supported", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(UpdateAction), "Bad.Update", "Update", "(ctx, c) => ctx.Update(c)")]
    [InlineData(typeof(RetractAction), "Bad.Retract", "Retract", "(ctx, c) => ctx.Retract(c)")]
    [InlineData(typeof(HaltAction), "Bad.Halt", "Halt", "ctx => ctx.Halt()")]
    [InlineData(typeof(TryRetractInsideABlock), "Bad.TryRetract", "TryRetract", null)]
    public void Compile_ActionThatUpdatesRetractsOrHalts_Throws(Type rule, string ruleId, string method, string? expression)
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(rule));

        Assert.Equal(ruleId, exception.RuleId);
        if (expression is not null)
        {
            Assert.Equal(expression, exception.Expression);
        }

        Assert.Contains($"ctx.{method}() while firing is not supported by this executor", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DuplicateRuleId_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(CycleA), typeof(SameIdAsCycleA)));

        Assert.Equal("Bad.CycleA", exception.RuleId);
        Assert.StartsWith("Rule 'Bad.CycleA' cannot be compiled: two rules have the same id.", exception.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(CycleA).FullName!, exception.Expression, StringComparison.Ordinal);
        Assert.Contains(typeof(SameIdAsCycleA).FullName!, exception.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DuplicateIdOfAFluentRuleAndABuiltRule_Throws()
    {
        var fluent = TestEngine.Repository(typeof(CycleA)).GetRuleSets().SelectMany(s => s.Rules);
        var builder = new RuleBuilder();
        builder.Name("Bad.CycleA");
        builder.LeftHandSide().Pattern(typeof(Client), "c");
        builder.RightHandSide().Action((Expression<Action<IContext, Client>>)((ctx, c) => ctx.Insert(new Signal("built", c.Id))));

        var exception = Assert.Throws<RuleCompilationException>(() => RuleSetCompiler.Compile(fluent.Append(builder.Build())));

        Assert.Equal("Bad.CycleA", exception.RuleId);
    }

    [Fact]
    public void Compile_NegationOfOwnInsert_ThrowsNegationCycle()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(SelfNegation)));

        Assert.Equal("Bad.SelfNegation", exception.RuleId);
        Assert.Equal("Not<InCare>(($x, a) => ($x.AssignmentId == a.Id))", exception.Expression);
        Assert.Equal(
            "Rule 'Bad.SelfNegation' cannot be compiled: negation cycle: it tests InCare, which rule 'Bad.SelfNegation' inserts, and that rule depends on it (Bad.SelfNegation). Expression: " + exception.Expression,
            exception.Message);
    }

    [Fact]
    public void Compile_NegationCycleAcrossTwoRules_Throws()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(CycleA), typeof(CycleB)));

        Assert.Equal("Bad.CycleA", exception.RuleId);
        Assert.Equal(
            "Rule 'Bad.CycleA' cannot be compiled: negation cycle: it tests Signal, which rule 'Bad.CycleB' inserts, and that rule depends on it (Bad.CycleB -> Bad.CycleA -> ... -> Bad.CycleB). Expression: " + exception.Expression,
            exception.Message);
        Assert.StartsWith("Not<Signal>(", exception.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NegationCycle_IsRejectedEvenWithoutThePriorityCheck()
    {
        var options = new CompileOptions { CheckPriorities = false };

        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(options, typeof(CycleA), typeof(CycleB)));

        Assert.Contains("negation cycle", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(ProducerAtZero), typeof(NotConsumerAtZero), "Prio.NotConsumer", "Not<InCare>")]
    [InlineData(typeof(ProducerAtZero), typeof(NotConsumerAtFive), "Prio.NotConsumerAtFive", "Not<InCare>")]
    [InlineData(typeof(ProducerAtZero), typeof(ExistsConsumerAtZero), "Prio.ExistsConsumer", "Exists<InCare>")]
    [InlineData(typeof(ProducerAtZero), typeof(CollectConsumerAtZero), "Prio.CollectConsumer", "Query(cared, Match<InCare>")]
    public void Compile_ProducerWithoutAHigherPriorityThanTheRuleTestingItsFacts_ThrowsNamingBothRules(Type producer, Type consumer, string consumerId, string element)
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(producer, consumer));

        Assert.Equal(consumerId, exception.RuleId);
        Assert.StartsWith(element, exception.Expression, StringComparison.Ordinal);
        Assert.Contains($"it tests InCare, which rule 'Prio.Producer' inserts, so 'Prio.Producer' must have a higher [Priority] than '{consumerId}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("NRules fires by priority only.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ProducerWithAHigherPriority_Compiles()
    {
        var factory = TestEngine.Compile(typeof(ProducerAtTen), typeof(NotConsumerAtFive));

        Assert.Equal(0, factory.StratumOf("Prio.ProducerAtTen"));
        Assert.Equal(1, factory.StratumOf("Prio.NotConsumerAtFive"));
    }

    [Fact]
    public void Compile_PriorityCheckOff_CompilesAndStillOrdersByStrata()
    {
        // Arrange
        var options = new CompileOptions { CheckPriorities = false };

        // Act
        var factory = TestEngine.Compile(options, typeof(ProducerAtZero), typeof(NotConsumerAtFive));
        var result = TestEngine.Run(factory, new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 20));

        // Assert: the producer runs in the earlier stratum whatever the priorities.
        Assert.Equal(0, factory.StratumOf("Prio.Producer"));
        Assert.Equal(1, factory.StratumOf("Prio.NotConsumerAtFive"));
        Assert.Equal(["no-care:a2"], TestEngine.Signals(result));
    }

    [Fact]
    public void Compile_ProducerFedByALowerPriorityRule_IsRejectedLikeADirectProducer()
    {
        // Prio.Unblocked (5) tests Blocker; Prio.BlockerFromMid (10) inserts it, but only from the Mid facts that
        // Prio.MidFromEdge (0) inserts. NRules fires Unblocked before MidFromEdge, so its ctx.Insert stays in NRules'
        // working memory while this executor (strata) never fires it: the rule set is not order-independent on NRules.
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(MidFromEdge), typeof(BlockerFromMid), typeof(Unblocked)));

        Assert.Equal("Prio.Unblocked", exception.RuleId);
        Assert.Contains("'Prio.MidFromEdge'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_VariableUsedBeforeItIsBound_ThrowsNamingRuleAndExpression()
    {
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(UsedBeforeBound()));

        Assert.Equal("Bad.UsedBeforeBound", exception.RuleId);
        Assert.Equal("(a, c) => (a.ClientId == c.Id)", exception.Expression);
        Assert.Equal(
            "Rule 'Bad.UsedBeforeBound' cannot be compiled: variable 'c' is used before it is bound (or outside the group that binds it). Expression: (a, c) => (a.ClientId == c.Id)",
            exception.Message);
    }

    [Fact]
    public void Compile_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSetCompiler.Compile((IRuleRepository)null!));
        Assert.Throws<ArgumentNullException>(() => RuleSetCompiler.Compile((IEnumerable<IRuleDefinition>)null!));
        Assert.Throws<ArgumentException>(() => RuleSetCompiler.Compile([null!]));
    }

    private static IRuleDefinition NotOverOr()
    {
        var builder = new RuleBuilder();
        builder.Name("Bad.NotOverOr");
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(Client), "c");
        var or = lhs.Not().Group(GroupType.Or);
        or.Pattern(typeof(Assignment), "a").Condition(Condition<Assignment, Client>((a, c) => a.ClientId == c.Id));
        or.Pattern(typeof(Message), "m").Condition((Expression<Func<Message, bool>>)(m => m.Kind == "MAZ"));
        builder.RightHandSide().Action(Action<Client>((ctx, c) => ctx.Insert(new Signal("not-or", c.Id))));
        return builder.Build();
    }

    private static IRuleDefinition CollectIntoList()
    {
        var builder = new RuleBuilder();
        builder.Name("Bad.CollectIntoList");
        var aggregate = builder.LeftHandSide().Pattern(typeof(List<Assignment>), "assignments").Aggregate();
        aggregate.Collect();
        aggregate.Pattern(typeof(Assignment), "a");
        builder.RightHandSide().Action(Action<List<Assignment>>((ctx, assignments) => ctx.Insert(new Summary("x", assignments.Count))));
        return builder.Build();
    }

    /// <summary>Matches the assignment with a condition on the client before the client's pattern: valid for NRules, which does not check order.</summary>
    private static IRuleDefinition UsedBeforeBound()
    {
        var builder = new RuleBuilder();
        builder.Name("Bad.UsedBeforeBound");
        var lhs = builder.LeftHandSide();
        lhs.Pattern(typeof(Assignment), "a").Condition(Condition<Assignment, Client>((a, c) => a.ClientId == c.Id));
        lhs.Pattern(typeof(Client), "c");
        builder.RightHandSide().Action(Action<Client>((ctx, c) => ctx.Insert(new Signal("used-before-bound", c.Id))));
        return builder.Build();
    }

    private static Expression<Action<IContext, T>> Action<T>(Expression<Action<IContext, T>> action) => action;

    private static Expression<Func<T, TBound, bool>> Condition<T, TBound>(Expression<Func<T, TBound, bool>> condition) => condition;

    [RuleId("Bad.OrGroup")]
    public sealed class OrGroup : Rule
    {
        public override void Define()
        {
            When().Or(x => x
                .Match<Client>(c => c.Id == "a")
                .Match<Today>());
            Then().Yield(_ => new Signal("or", "x"));
        }
    }

    [RuleId("Bad.ForAll")]
    public sealed class ForAll : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .All<Assignment>(a => a.ClientId == c.Id, a => a.Start > 0);
            Then().Yield(_ => new Signal("all", c.Id));
        }
    }

    [RuleId("Bad.Select")]
    public sealed class SelectAggregate : Rule
    {
        public override void Define()
        {
            int start = 0;
            When().Query(() => start, q => q.Match<Assignment>().Select(x => x.Start));
            Then().Yield(_ => new Signal("start", start.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [RuleId("Bad.GroupBy")]
    public sealed class GroupByAggregate : Rule
    {
        public override void Define()
        {
            IGrouping<string, Assignment> group = null!;
            When().Query(() => group, q => q.Match<Assignment>().GroupBy(x => x.ClientId));
            Then().Yield(_ => new Signal("group", group.Key));
        }
    }

    [RuleId("Bad.CollectOrderBy")]
    public sealed class CollectOrderBy : Rule
    {
        public override void Define()
        {
            IEnumerable<Assignment> assignments = null!;
            When().Query(() => assignments, q => q.Match<Assignment>().Collect().OrderBy(x => x.Start));
            Then().Yield(_ => new Summary("x", assignments.Count()));
        }
    }

    [RuleId("Bad.CollectToLookup")]
    public sealed class CollectToLookup : Rule
    {
        public override void Define()
        {
            IKeyedLookup<string, Assignment> assignments = null!;
            When().Query(() => assignments, q => q.Match<Assignment>().Collect().ToLookup(x => x.ClientId));
            Then().Yield(_ => new Summary("x", assignments.Count));
        }
    }

    [RuleId("Bad.FilterWhere")]
    public sealed class FilterWhere : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Filter().Where(() => c.Id != "x");
            Then().Yield(_ => new Signal("filtered", c.Id));
        }
    }

    [RuleId("Bad.FilterOnChange")]
    public sealed class FilterOnChange : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Filter().OnChange(() => c.Id);
            Then().Yield(_ => new Signal("filtered", c.Id));
        }
    }

    [RuleId("Bad.Undo")]
    public sealed class UndoAction : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then()
                .Do(ctx => Remember(c))
                .Undo(ctx => Forget(c));
        }

        private static void Remember(Client c) => _ = c;

        private static void Forget(Client c) => _ = c;
    }

    [RuleId("Bad.Update")]
    public sealed class UpdateAction : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => ctx.Update(c));
        }
    }

    [RuleId("Bad.Retract")]
    public sealed class RetractAction : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => ctx.Retract(c));
        }
    }

    [RuleId("Bad.Halt")]
    public sealed class HaltAction : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => ctx.Halt());
        }
    }

    [RuleId("Bad.TryRetract")]
    public sealed class TryRetractInsideABlock : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => Ignore(c.Id.Length > 0 && ctx.TryRetract(c)));
        }

        private static void Ignore(bool value) => _ = value;
    }

    [RuleId("Bad.SelfNegation")]
    public sealed class SelfNegation : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then().Yield(_ => new InCare(a.Id));
        }
    }

    [RuleId("Bad.CycleA")]
    [Priority(10)]
    public sealed class CycleA : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<Signal>(s => s.Subject == a.Id);
            Then().Yield(_ => new InCare(a.Id));
        }
    }

    [RuleId("Bad.CycleB")]
    [Priority(20)]
    public sealed class CycleB : Rule
    {
        public override void Define()
        {
            InCare i = null!;
            When().Match(() => i);
            Then().Yield(_ => new Signal("b", i.AssignmentId));
        }
    }

    [RuleId("Bad.CycleA")]
    public sealed class SameIdAsCycleA : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => new Signal("same", c.Id));
        }
    }

    public sealed record Mid(int Value);

    public sealed record Blocker(int Value);

    [RuleId("Prio.MidFromEdge")]
    public sealed class MidFromEdge : Rule
    {
        public override void Define()
        {
            Semantics.SessionSemanticsTests.Edge e = null!;
            When().Match(() => e);
            Then().Do(ctx => ctx.Insert(new Mid(e.From)));
        }
    }

    [RuleId("Prio.BlockerFromMid")]
    [Priority(10)]
    public sealed class BlockerFromMid : Rule
    {
        public override void Define()
        {
            Mid m = null!;
            When().Match(() => m);
            Then().Do(ctx => ctx.Insert(new Blocker(m.Value)));
        }
    }

    [RuleId("Prio.Unblocked")]
    [Priority(5)]
    public sealed class Unblocked : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .Not<Blocker>();
            Then().Do(ctx => ctx.Insert(new Signal("unblocked", c.Id)));
        }
    }

    [RuleId("Prio.Producer")]
    public sealed class ProducerAtZero : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start < 10);
            Then().Yield(_ => new InCare(a.Id));
        }
    }

    [RuleId("Prio.ProducerAtTen")]
    [Priority(10)]
    public sealed class ProducerAtTen : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When().Match(() => a, x => x.Start < 10);
            Then().Do(ctx => ctx.Insert(new InCare(a.Id)));
        }
    }

    [RuleId("Prio.NotConsumer")]
    public sealed class NotConsumerAtZero : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then().Yield(_ => new Signal("no-care", a.Id));
        }
    }

    [RuleId("Prio.NotConsumerAtFive")]
    [Priority(5)]
    public sealed class NotConsumerAtFive : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then().Yield(_ => new Signal("no-care", a.Id));
        }
    }

    [RuleId("Prio.ExistsConsumer")]
    public sealed class ExistsConsumerAtZero : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When()
                .Match(() => c)
                .Exists<InCare>();
            Then().Yield(_ => new Signal("some-care", c.Id));
        }
    }

    [RuleId("Prio.CollectConsumer")]
    public sealed class CollectConsumerAtZero : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<InCare> cared = null!;
            When()
                .Match(() => c)
                .Query(() => cared, q => q.Match<InCare>().Collect());
            Then().Yield(_ => new Summary(c.Id, cared.Count()));
        }
    }
}
