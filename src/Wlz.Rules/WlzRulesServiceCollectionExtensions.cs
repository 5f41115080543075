using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Validatie;

namespace Wlz.Rules;

/// <summary>Registers Wlz.Rules in a <see cref="IServiceCollection"/>.</summary>
public static class WlzRulesServiceCollectionExtensions
{
    /// <summary>Registers Wlz.Rules with its default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddWlzRules(this IServiceCollection services) => services.AddWlzRules(_ => { });

    /// <summary>
    /// Registers the <see cref="WlzRuleEngine"/>, its <see cref="WlzRulesOptions"/>, the <see cref="IWerkdagenkalender"/>,
    /// the <see cref="WlzParameters"/>, the <see cref="Zorgaanbiederregister"/> and the <see cref="DossierValidator"/>
    /// as singletons (all are immutable or thread-safe), plus <see cref="IClock"/> as <see cref="SystemClock.Instance"/>
    /// for "today" conveniences at the edge of an application (rules never read a clock).
    /// </summary>
    /// <remarks>Idempotent: every registration uses <c>TryAdd</c>, so a second call (or a registration made earlier by the host, such as a fake clock) wins nothing and breaks nothing. The first <paramref name="configure"/> applies.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddWlzRules(this IServiceCollection services, Action<WlzRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(_ =>
        {
            var options = new WlzRulesOptions();
            configure(options);
            return options;
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<WlzRulesOptions>().Kalender);
        services.TryAddSingleton(sp => sp.GetRequiredService<WlzRulesOptions>().Parameters);
        services.TryAddSingleton(sp => sp.GetRequiredService<WlzRulesOptions>().Zorgaanbieders);
        services.TryAddSingleton(sp => new DossierValidator(sp.GetRequiredService<WlzRulesOptions>().Validatie));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => new WlzRuleEngine(sp.GetRequiredService<WlzRulesOptions>(), sp));
        return services;
    }
}
