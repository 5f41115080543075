using Microsoft.Extensions.DependencyInjection;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Activation;

public sealed class RepositoryTests
{
    [Fact]
    public void ServiceProviderRuleActivator_ResolvesConstructorDependenciesFromDi()
    {
        // Arrange
        var services = new ServiceCollection().AddSingleton(new Greeting("hallo")).BuildServiceProvider();
        var repository = new RuleRepository(new ServiceProviderRuleActivator(services)).Add<Greeter>();
        var session = repository.Compile().CreateSession();
        session.Insert(new Client("c1"));

        // Act
        var result = session.Fire();

        // Assert
        Assert.Equal(["hallo c1"], result.ResultsOf<string>());
    }

    [Fact]
    public void DefaultRuleActivator_MissingDependency_ThrowsCompilationError()
    {
        // Arrange
        var repository = new RuleRepository().Add<Greeter>();

        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => repository.Compile());

        // Assert
        Assert.Equal("Meta.Greeter", exception.RuleId);
        Assert.StartsWith("Rule 'Meta.Greeter' cannot be compiled: the rule cannot be created: Rule 'Wlz.Rules.Engine.Tests.Activation.RepositoryTests+Greeter' has no public constructor", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleDefinition_ReadsAllMetadataAttributes()
    {
        // Act
        var definition = RuleDefinition.FromType(typeof(Greeter));

        // Assert
        Assert.Equal("Meta.Greeter", definition.Id);
        Assert.Equal("Begroeting", definition.Name);
        Assert.Equal("Groet elke cliënt.", definition.Description);
        Assert.Equal(["Groet", "Test"], definition.Tags);
        Assert.Equal(7, definition.Priority);
        Assert.Equal([new RuleSource("Werkinstructie", "§1", "Elke cliënt wordt gegroet."), new RuleSource("Notitie", "§2", "Ook op zondag.")], definition.Sources);
        Assert.Equal(typeof(Greeter), definition.RuleType);
    }

    [Fact]
    public void RuleDefinition_WithoutAttributes_UsesTypeNames()
    {
        // Act
        var definition = RuleDefinition.FromType(typeof(Untagged.Plain));

        // Assert
        Assert.Equal("Wlz.Rules.Engine.Tests.Activation.Untagged.Plain", definition.Id);
        Assert.Equal("Plain", definition.Name);
        Assert.Equal(string.Empty, definition.Description);
        Assert.Empty(definition.Tags);
        Assert.Equal(0, definition.Priority);
        Assert.Empty(definition.Sources);
    }

    [Fact]
    public void AddFromAssembly_TagFilter_AddsOnlyTaggedRules()
    {
        // Act
        var repository = new RuleRepository().AddFromAssembly(typeof(RepositoryTests).Assembly, RuleFilter.HasTag("Groet"));

        // Assert
        Assert.Equal(["Meta.Greeter"], repository.Rules.Select(r => r.Id));
    }

    [Fact]
    public void AddFromAssembly_NamespaceFilter_AddsOnlyRulesInNamespace()
    {
        // Act
        var repository = new RuleRepository().AddFromAssembly(typeof(RepositoryTests).Assembly, RuleFilter.InNamespace("Wlz.Rules.Engine.Tests.Activation.Untagged"));

        // Assert
        Assert.Equal(["Wlz.Rules.Engine.Tests.Activation.Untagged.Plain"], repository.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Compile_Factory_ListsRulesInEvaluationOrder()
    {
        // Act
        var factory = TestEngine.Compile(typeof(Dsl.ActionTests.NotInCare), typeof(Dsl.ActionTests.DeriveInCare));

        // Assert
        Assert.Equal(
            ["Wlz.Rules.Engine.Tests.Dsl.ActionTests+DeriveInCare", "Wlz.Rules.Engine.Tests.Dsl.ActionTests+NotInCare"],
            factory.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Define_CalledOutsideCompilation_Throws()
    {
        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => new Untagged.Plain().Define());

        // Assert
        Assert.Equal("When() and Then() can only be called from Define() while the rule is being compiled by a RuleRepository.", exception.Message);
    }

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
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c);
            Then().Yield(_ => greeting.Text + " " + c.Id);
        }
    }
}
