using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent;
using NRules.RuleModel;

namespace Wlz.Rules.Engine.Tests.Support;

/// <summary>
/// Loads NRules.Fluent rule classes into an NRules <see cref="RuleRepository"/> and compiles them with our executor, or
/// runs the same repository on NRules' own runtime for comparison.
/// </summary>
internal static class TestEngine
{
    /// <summary>Loads rule classes (nested and private ones too) into a new NRules repository.</summary>
    public static RuleRepository Repository(params Type[] rules) => Repository(activator: null, rules);

    /// <summary>Loads rule classes into a new NRules repository, activating them with <paramref name="activator"/>.</summary>
    public static RuleRepository Repository(IRuleActivator? activator, params Type[] rules)
    {
        var repository = new RuleRepository();
        if (activator is not null)
        {
            repository.Activator = activator;
        }

        repository.Load(x => x.From(rules).PrivateTypes(true).NestedTypes(true));
        return repository;
    }

    public static ISessionFactory Compile(params Type[] rules) => RuleSetCompiler.Compile(Repository(rules));

    public static ISessionFactory Compile(CompileOptions options, params Type[] rules) => RuleSetCompiler.Compile(Repository(rules), options);

    public static ISessionFactory Compile(params IRuleDefinition[] rules) => RuleSetCompiler.Compile(rules);

    public static FireResult Run(Type[] rules, params object[] facts) => Run(Compile(rules), facts);

    public static FireResult Run(IRuleDefinition[] rules, params object[] facts) => Run(Compile(rules), facts);

    public static FireResult Run(ISessionFactory factory, params object[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }

    public static string[] Signals(FireResult result) =>
        result.ResultsOf<Signal>().Select(s => $"{s.Rule}:{s.Subject}").ToArray();

    /// <summary>Compiles a repository with NRules' own compiler.</summary>
    public static NRules.ISessionFactory CompileOnNRules(IRuleRepository repository) => NRules.RuleRepositoryExtensions.Compile(repository);

    /// <summary>Compiles rule models (e.g. built with NRules' <c>RuleBuilder</c>) with NRules' own compiler.</summary>
    public static NRules.ISessionFactory CompileOnNRules(params IRuleDefinition[] rules) => new NRules.RuleCompiler().Compile(rules);

    /// <summary>Runs a repository on NRules' own runtime and returns the facts of type <typeparamref name="T"/> in its working memory.</summary>
    public static T[] RunOnNRules<T>(IRuleRepository repository, IEnumerable<object> facts, IServiceProvider? services = null) =>
        RunOnNRules<T>(CompileOnNRules(repository), facts, services);

    /// <summary>Runs facts on an NRules session factory and returns the facts of type <typeparamref name="T"/> in its working memory.</summary>
    public static T[] RunOnNRules<T>(NRules.ISessionFactory factory, IEnumerable<object> facts, IServiceProvider? services = null)
    {
        var session = factory.CreateSession();
        if (services is not null)
        {
            session.DependencyResolver = new ServiceResolver(services);
        }

        session.InsertAll(facts);
        session.Fire();
        return session.Query<T>().ToArray();
    }

    /// <summary>Activates rule classes with their constructor dependencies taken from a service provider.</summary>
    public sealed class ServiceActivator(IServiceProvider services) : IRuleActivator
    {
        public IEnumerable<NRules.Fluent.Dsl.Rule> Activate(Type type)
        {
            yield return (NRules.Fluent.Dsl.Rule)ActivatorUtilities.CreateInstance(services, type);
        }
    }

    /// <summary>Gives NRules' rule dependencies from a service provider.</summary>
    public sealed class ServiceResolver(IServiceProvider services) : NRules.Extensibility.IDependencyResolver
    {
        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) =>
            services.GetRequiredService(serviceType);
    }
}
