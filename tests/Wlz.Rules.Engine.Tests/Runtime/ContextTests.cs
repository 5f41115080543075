using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Runtime;

/// <summary>A firing is the NRules <see cref="IContext"/> of the actions: the rule, the match, linked facts and services.</summary>
public sealed class ContextTests
{
    [Fact]
    public void Rule_IsTheNRulesRuleDefinition()
    {
        // Arrange
        var seen = new Seen();
        var factory = RuleSetCompiler.Compile(TestEngine.Repository(typeof(Inspector)), new CompileOptions { Services = Services(seen) });

        // Act
        var result = TestEngine.Run(factory, new Client("c1"), new Assignment("a1", "c1", 4));

        // Assert
        var context = Assert.Single(seen.Contexts);
        Assert.Equal("Inspector name", context.Rule.Name);
        Assert.Equal(9, context.Rule.Priority);
        Assert.Same(factory.Rules.Single().Model, context.Rule);
        Assert.Same(result.Firings[0].Rule, RuleInfo.Of(context.Rule));
        Assert.Equal("Ctx.Inspector", RuleInfo.Of(context.Rule).Id);
        Assert.Same(context.Rule, context.Match.Rule);
        Assert.Equal(MatchTrigger.Created, context.Match.Trigger);
        Assert.Same(result.Firings[0], context);
    }

    [Fact]
    public void MatchFacts_ListsTheTopLevelDeclarationsWithTheirFacts()
    {
        // Arrange
        var seen = new Seen();
        var factory = RuleSetCompiler.Compile(TestEngine.Repository(typeof(Inspector)), new CompileOptions { Services = Services(seen) });
        var client = new Client("c1");
        var assignment = new Assignment("a1", "c1", 4);

        // Act
        TestEngine.Run(factory, client, new Today(1), assignment);

        // Assert: the patterns c and a, not the Let value nor the collection, nor the Not.
        var facts = Assert.Single(seen.Contexts).Match.Facts.ToArray();
        Assert.Equal(["c", "a"], facts.Select(f => f.Declaration.Name));
        Assert.Equal([typeof(Client), typeof(Assignment)], facts.Select(f => f.Type));
        Assert.Same(client, facts[0].Value);
        Assert.Same(assignment, facts[1].Value);
        Assert.All(facts, f => Assert.Null(f.Source));
    }

    [Fact]
    public void InsertLinked_IsReadBackWithGetLinkedAndInsertsTheFact()
    {
        // Act
        var result = TestEngine.Run([typeof(Linker), typeof(Dsl.ActionTests.ReportInCare)], new Client("c1"));

        // Assert
        Assert.Equal(["keys:first,second", "first:InCare { AssignmentId = c1-1 }", "missing:null"], result.ResultsOf<string>());
        Assert.Equal(["in-care:c1-1", "in-care:c1-2"], TestEngine.Signals(result));
        Assert.Equal([new InCare("c1-1"), new InCare("c1-2")], result.ResultsOf<InCare>());
    }

    [Fact]
    public void TryInsert_InsertsTheFact()
    {
        // Act
        var result = TestEngine.Run([typeof(TryInserter), typeof(Dsl.ActionTests.ReportInCare)], new Client("c1"));

        // Assert
        Assert.Equal(["in-care:c1"], TestEngine.Signals(result));
    }

    [Fact]
    public void Resolve_GetsServicesFromTheCompileOptions()
    {
        // Arrange
        var seen = new Seen();
        var factory = RuleSetCompiler.Compile(TestEngine.Repository(typeof(Inspector)), new CompileOptions { Services = Services(seen) });

        // Act
        TestEngine.Run(factory, new Client("c1"), new Assignment("a1", "c1", 4));

        // Assert: the rule reached the Seen instance only through ctx.Resolve.
        Assert.Single(seen.Contexts);
    }

    [Fact]
    public void Resolve_ServiceMissing_ThrowsNamingRuleAndService()
    {
        // Arrange: services without Seen.
        var services = new ServiceCollection().BuildServiceProvider();
        var session = RuleSetCompiler.Compile(TestEngine.Repository(typeof(Inspector)), new CompileOptions { Services = services }).CreateSession();
        session.InsertAll([new Client("c1"), new Assignment("a1", "c1", 4)]);

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert
        Assert.Equal("Ctx.Inspector", exception.RuleId);
        var inner = Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Equal(
            $"Rule 'Ctx.Inspector' asked for {typeof(Seen).FullName}, which no service provider given to the compiler supplies.",
            inner.Message);
    }

    [Fact]
    public void Resolve_NoServicesAtAll_ThrowsTheSameClearError()
    {
        var session = TestEngine.Compile(typeof(Inspector)).CreateSession();
        session.InsertAll([new Client("c1"), new Assignment("a1", "c1", 4)]);

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Contains($"asked for {typeof(Seen).FullName}, which no service provider", exception.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependency_ServiceMissing_ThrowsNamingRuleAndService()
    {
        var session = TestEngine.Compile(typeof(Activation.RepositoryTests.DependencyGreeter)).CreateSession();
        session.Insert(new Client("c1"));

        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        Assert.Equal(RuleInfo.IdOf(typeof(Activation.RepositoryTests.DependencyGreeter)), exception.RuleId);
        Assert.Contains($"asked for {typeof(Activation.RepositoryTests.Greeting).FullName}", exception.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationToken_IsTheSessionsToken()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();
        var seen = new Seen();
        var factory = RuleSetCompiler.Compile(TestEngine.Repository(typeof(Inspector)), new CompileOptions { Services = Services(seen) });
        var session = factory.CreateSession(new SessionOptions { CancellationToken = cancellation.Token });
        session.InsertAll([new Client("c1"), new Assignment("a1", "c1", 4)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(cancellation.Token, Assert.Single(seen.Contexts).CancellationToken);
    }

    [Fact]
    public void RetractCalledOutOfSightOfTheCompiler_ThrowsNotSupportedWhenFiring()
    {
        // Arrange: the retract is inside a helper method, which the compile-time check cannot see.
        var session = TestEngine.Compile(typeof(HiddenRetract)).CreateSession();
        session.Insert(new Client("c1"));

        // Act
        var exception = Assert.Throws<RuleEvaluationException>(session.Fire);

        // Assert
        Assert.Equal("Ctx.HiddenRetract", exception.RuleId);
        var inner = Assert.IsType<NotSupportedException>(exception.InnerException);
        Assert.Equal("Rule 'Ctx.HiddenRetract' called ctx.Retract(), which Wlz.Rules.Engine does not support while firing: facts are only inserted.", inner.Message);
    }

    private static ServiceProvider Services(Seen seen) => new ServiceCollection().AddSingleton(seen).BuildServiceProvider();

    public sealed class Seen
    {
        public List<IContext> Contexts { get; } = [];
    }

    [RuleId("Ctx.Inspector")]
    [Name("Inspector name")]
    [Priority(9)]
    public sealed class Inspector : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            int start = 0;
            IEnumerable<Today> days = null!;
            When()
                .Match(() => c)
                .Match(() => a, x => x.ClientId == c.Id)
                .Let(() => start, () => a.Start)
                .Query(() => days, q => q.Match<Today>().Collect())
                .Not<Message>(m => m.AssignmentId == a.Id);
            Then().Do(ctx => ctx.Resolve<Seen>().Contexts.Add(ctx));
        }
    }

    public sealed class Linker : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then()
                .Do(ctx => ctx.InsertLinked("first", new InCare(c.Id + "-1")))
                .Do(ctx => ctx.InsertAllLinked(new[] { new KeyValuePair<object, object>("second", new InCare(c.Id + "-2")) }))
                .Do(ctx => ctx.Insert("keys:" + string.Join(",", ctx.GetLinkedKeys().OrderBy(k => k.ToString(), StringComparer.Ordinal))))
                .Do(ctx => ctx.Insert("first:" + ctx.GetLinked("first")))
                .Do(ctx => ctx.Insert("missing:" + (ctx.GetLinked("third") ?? "null")));
        }
    }

    public sealed class TryInserter : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => Assert.True(ctx.TryInsert(new InCare(c.Id))));
        }
    }

    [RuleId("Ctx.HiddenRetract")]
    public sealed class HiddenRetract : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Do(ctx => Forget(ctx, c));
        }

        private static void Forget(IContext context, Client client) => context.Retract(client);
    }
}
