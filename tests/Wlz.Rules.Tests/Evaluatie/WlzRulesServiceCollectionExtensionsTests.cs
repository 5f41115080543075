using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Kalender;
using Wlz.Rules.Parameters;
using Wlz.Rules.Testing;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Evaluatie;

public sealed class WlzRulesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWlzRules_CalledTwice_RegistersEachServiceOnce()
    {
        // Arrange
        var services = new ServiceCollection();

        // Act
        services.AddWlzRules().AddWlzRules(o => o.MaxDegreeOfParallelism = 1);

        // Assert
        Type[] verwacht = [typeof(WlzRulesOptions), typeof(IWerkdagenkalender), typeof(WlzParameters), typeof(Wlz.Rules.Model.Zorgaanbiederregister), typeof(DossierValidator), typeof(IClock), typeof(WlzRuleEngine)];
        foreach (var type in verwacht)
        {
            Assert.Single(services, d => d.ServiceType == type);
            Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == type).Lifetime);
        }
    }

    [Fact]
    public void AddWlzRules_ResolvesAConfiguredEngineThatEvaluates()
    {
        // Arrange
        using var provider = new ServiceCollection().AddWlzRules(o => o.Regelfilter = _ => false).BuildServiceProvider();

        // Act
        var engine = provider.GetRequiredService<WlzRuleEngine>();
        var resultaat = engine.Evaluate(Dossiers.ADossier().Build(), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Same(provider.GetRequiredService<WlzRulesOptions>(), engine.Options);
        Assert.Same(NederlandseWerkdagenkalender.Standaard, provider.GetRequiredService<IWerkdagenkalender>());
        Assert.False(resultaat.IsAfgewezen);
    }

    [Fact]
    public void AddWlzRules_KeepsAClockTheHostRegisteredFirst()
    {
        // Arrange
        var klok = FakeClock.FromUtc(2026, 5, 4);
        var services = new ServiceCollection().AddSingleton<IClock>(klok);

        // Act
        using var provider = services.AddWlzRules().BuildServiceProvider();

        // Assert
        Assert.Same(klok, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddWlzRules_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("services", () => WlzRulesServiceCollectionExtensions.AddWlzRules(null!));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddWlzRules(null!));
    }
}
