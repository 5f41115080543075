using Microsoft.Extensions.DependencyInjection;

namespace Wlz.Rules.Engine;

/// <summary>Creates rules through an <see cref="IServiceProvider"/>, so their constructor dependencies come from DI.</summary>
/// <remarks>Rules need not be registered themselves: <see cref="ActivatorUtilities"/> creates them and resolves their parameters.</remarks>
public sealed class ServiceProviderRuleActivator : IRuleActivator
{
    private readonly IServiceProvider _services;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="services">The service provider that resolves constructor dependencies.</param>
    public ServiceProviderRuleActivator(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
    }

    /// <inheritdoc/>
    public Rule Activate(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        return (Rule)ActivatorUtilities.CreateInstance(_services, ruleType);
    }
}
