using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Activation;

/// <summary>Rules are loaded with NRules' own repository, then compiled; their metadata is read into <see cref="RuleInfo"/>.</summary>
public sealed class RepositoryTests
{
    private static readonly System.Linq.Expressions.Expression<Action<IContext, Client>> InsertSignal = (ctx, c) => ctx.Insert(new Signal("built", c.Id));

    [Fact]
    public void Compile_FluentRepository_ListsRulesInEvaluationOrder()
    {
        // Arrange
        var repository = TestEngine.Repository(typeof(Dsl.ActionTests.NotInCare), typeof(Dsl.ActionTests.DeriveInCare), typeof(Untagged.Plain));

        // Act
        var factory = RuleSetCompiler.Compile(repository);

        // Assert: stratum 0 by priority (high first) and id, then stratum 1.
        Assert.Equal(
            ["Wlz.Rules.Engine.Tests.Dsl.ActionTests+DeriveInCare", "Wlz.Rules.Engine.Tests.Activation.Untagged.Plain", "Wlz.Rules.Engine.Tests.Dsl.ActionTests+NotInCare"],
            factory.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Compile_RepositoryWithSeveralRuleSets_CompilesTheRulesOfEverySet()
    {
        // Arrange
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(x => x.From(typeof(Greeter)).NestedTypes().To("first"));
        repository.Load(x => x.From(typeof(Untagged.Plain)).To("second"));

        // Act
        var factory = RuleSetCompiler.Compile(repository);

        // Assert
        Assert.Equal(["Meta.Greeter", "Wlz.Rules.Engine.Tests.Activation.Untagged.Plain"], factory.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RuleInfo_ReadsNRulesMetadataAndOurAttributes()
    {
        // Arrange
        var model = Single(TestEngine.Repository(typeof(Greeter)));

        // Act
        var info = RuleInfo.Of(model);

        // Assert
        Assert.Equal("Meta.Greeter", info.Id);
        Assert.Equal("Begroeting", info.Name);
        Assert.Equal("Groet elke cliënt.", info.Description);
        Assert.Equal(["Groet", "Test"], info.Tags);
        Assert.Equal(7, info.Priority);
        Assert.Equal([new RuleSource("Werkinstructie", "§1", "Elke cliënt wordt gegroet."), new RuleSource("Notitie", "§2", "Ook op zondag.")], info.Sources);
        Assert.Equal(typeof(Greeter), info.RuleType);
        Assert.Same(model, info.Model);
        Assert.Equal("Meta.Greeter", info.ToString());
    }

    [Fact]
    public void RuleInfo_WithoutAttributes_UsesTheNRulesDefaults()
    {
        // Act
        var info = RuleInfo.Of(Single(TestEngine.Repository(typeof(Untagged.Plain))));

        // Assert: NRules names a rule after its class.
        Assert.Equal("Wlz.Rules.Engine.Tests.Activation.Untagged.Plain", info.Id);
        Assert.Equal("Wlz.Rules.Engine.Tests.Activation.Untagged.Plain", info.Name);
        Assert.Equal(string.Empty, info.Description);
        Assert.Empty(info.Tags);
        Assert.Equal(0, info.Priority);
        Assert.Empty(info.Sources);
        Assert.Equal(typeof(Untagged.Plain), info.RuleType);
    }

    [Fact]
    public void RuleInfo_OfABuiltRule_IsNamedByTheModelAndHasNoClass()
    {
        // Arrange
        var builder = new RuleBuilder();
        builder.Name("Built.Rule");
        builder.Description("Gebouwd.");
        builder.Tag("Gebouwd");
        builder.Priority(3);
        builder.LeftHandSide().Pattern(typeof(Client), "c");
        builder.RightHandSide().Action(InsertSignal);
        var model = builder.Build();

        // Act
        var info = RuleInfo.Of(model);

        // Assert
        Assert.Equal("Built.Rule", info.Id);
        Assert.Equal("Built.Rule", info.Name);
        Assert.Equal("Gebouwd.", info.Description);
        Assert.Equal(["Gebouwd"], info.Tags);
        Assert.Equal(3, info.Priority);
        Assert.Null(info.RuleType);
        Assert.Empty(info.Sources);
    }

    [Fact]
    public void RuleInfo_Of_IsCachedPerDefinition()
    {
        // Arrange
        var model = Single(TestEngine.Repository(typeof(Greeter)));

        // Act + Assert
        Assert.Same(RuleInfo.Of(model), RuleInfo.Of(model));
        Assert.Throws<ArgumentNullException>(() => RuleInfo.Of(null!));
    }

    [Fact]
    public void RuleInfo_IdOf_IsTheRuleIdOrElseTheFullName()
    {
        Assert.Equal("Meta.Greeter", RuleInfo.IdOf(typeof(Greeter)));
        Assert.Equal("Wlz.Rules.Engine.Tests.Activation.Untagged.Plain", RuleInfo.IdOf(typeof(Untagged.Plain)));
        Assert.Throws<ArgumentNullException>(() => RuleInfo.IdOf(null!));
    }

    [Fact]
    public void Compile_FactoryRules_AreTheRuleInfosOfTheModels()
    {
        // Arrange
        var repository = TestEngine.Repository(typeof(Greeter), typeof(Untagged.Plain));
        var models = repository.GetRuleSets().SelectMany(s => s.Rules).ToArray();

        // Act
        var factory = RuleSetCompiler.Compile(repository);

        // Assert
        Assert.All(models, m => Assert.Contains(RuleInfo.Of(m), factory.Rules));
    }

    [Fact]
    public void RuleFilter_HasTag_SelectsOnlyTaggedRules()
    {
        // Arrange
        var models = TestEngine.Repository(typeof(Greeter), typeof(Untagged.Plain)).GetRuleSets().SelectMany(s => s.Rules);

        // Act
        var factory = RuleSetCompiler.Compile(models.Where(m => RuleFilter.HasTag("Groet")(RuleInfo.Of(m))));

        // Assert
        Assert.Equal(["Meta.Greeter"], factory.Rules.Select(r => r.Id));
        Assert.False(RuleFilter.HasTag("groet")(RuleInfo.Of(models.First(m => m.Name == "Begroeting"))));
    }

    [Fact]
    public void RuleFilter_InNamespace_SelectsRulesInTheNamespaceAndBelow()
    {
        // Arrange
        var infos = TestEngine.Repository(typeof(Greeter), typeof(Untagged.Plain)).GetRuleSets().SelectMany(s => s.Rules).Select(RuleInfo.Of).ToArray();
        var builder = new RuleBuilder();
        builder.Name("Built.Rule");
        builder.LeftHandSide().Pattern(typeof(Client), "c");
        builder.RightHandSide().Action(InsertSignal);
        var built = RuleInfo.Of(builder.Build());

        // Act
        string[] Select(string ns) => infos.Append(built).Where(RuleFilter.InNamespace(ns)).Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

        // Assert
        Assert.Equal(["Wlz.Rules.Engine.Tests.Activation.Untagged.Plain"], Select("Wlz.Rules.Engine.Tests.Activation.Untagged"));
        Assert.Equal(["Meta.Greeter", "Wlz.Rules.Engine.Tests.Activation.Untagged.Plain"], Select("Wlz.Rules.Engine.Tests.Activation"));
        Assert.Empty(Select("Wlz.Rules.Engine.Tests.Activation.Untag"));
    }

    [Fact]
    public void Activator_RuleWithConstructorDependency_IsCreatedByTheRepositoryActivator()
    {
        // Arrange
        var services = new ServiceCollection().AddSingleton(new Greeting("hallo")).BuildServiceProvider();
        var repository = TestEngine.Repository(new TestEngine.ServiceActivator(services), typeof(Greeter));

        // Act
        var result = TestEngine.Run(RuleSetCompiler.Compile(repository), new Client("c1"));

        // Assert
        Assert.Equal(["hallo c1"], result.ResultsOf<string>());
    }

    [Fact]
    public void Services_RuleDependency_IsResolvedFromTheCompileOptions()
    {
        // Arrange
        var services = new ServiceCollection().AddSingleton(new Greeting("dag")).BuildServiceProvider();
        var repository = TestEngine.Repository(typeof(DependencyGreeter));
        var factory = RuleSetCompiler.Compile(repository, new CompileOptions { Services = services });

        // Act
        var result = TestEngine.Run(factory, new Client("c1"), new Client("c2"));

        // Assert: the same rule on NRules, with the same services, gives the same results.
        Assert.Equal(["dag c1", "dag c2"], result.ResultsOf<string>());
        Assert.Equal(["dag c1", "dag c2"], TestEngine.RunOnNRules<string>(repository, [new Client("c1"), new Client("c2")], services).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Services_ContextResolve_IsResolvedFromTheCompileOptions()
    {
        // Arrange
        var services = new ServiceCollection().AddSingleton(new Greeting("hoi")).BuildServiceProvider();
        var factory = RuleSetCompiler.Compile(TestEngine.Repository(typeof(ResolvingGreeter)), new CompileOptions { Services = services });

        // Act
        var result = TestEngine.Run(factory, new Client("c1"));

        // Assert
        Assert.Equal(["hoi c1"], result.ResultsOf<string>());
    }

    [Fact]
    public void CompileOptions_Default_ChecksPrioritiesWithoutServices()
    {
        Assert.True(CompileOptions.Default.CheckPriorities);
        Assert.Null(CompileOptions.Default.Services);
        Assert.True(new CompileOptions().CheckPriorities);
    }

    private static IRuleDefinition Single(NRules.Fluent.RuleRepository repository) =>
        Assert.Single(repository.GetRuleSets().SelectMany(s => s.Rules));

    public sealed record Greeting(string Text);

    [RuleId("Meta.Greeter")]
    [Name("Begroeting")]
    [Description("Groet elke cliënt.")]
    [Tag("Groet")]
    [Tag("Test")]
    [Priority(7)]
    [Source("Werkinstructie", "§1", "Elke cliënt wordt gegroet.")]
    [Source("Notitie", "§2", "Ook op zondag.")]
    public sealed class Greeter(Greeting greeting) : Rule
    {
        public Greeter()
            : this(new Greeting("hoi"))
        {
        }

        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => greeting.Text + " " + c.Id);
        }
    }

    public sealed class DependencyGreeter : Rule
    {
        public override void Define()
        {
            Greeting greeting = null!;
            Client c = null!;
            Dependency().Resolve(() => greeting);
            When().Match(() => c);
            Then().Yield(_ => greeting.Text + " " + c.Id);
        }
    }

    public sealed class ResolvingGreeter : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(ctx => ctx.Resolve<Greeting>().Text + " " + c.Id);
        }
    }
}
