using NodaTime;
using NRules.Fluent;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Validatie;

namespace Wlz.Rules;

/// <summary>
/// The Wlz rule sets for NRules users: load them into an NRules <see cref="RuleRepository"/>, compile it with NRules,
/// and insert the facts of one dossier per session.
/// </summary>
/// <example>
/// <code>
/// var options = new WlzRulesOptions { Zorgaanbieders = register };
/// ISessionFactory factory = WlzNRules.CreateRepository(options).Compile();   // NRules' own compiler
/// ISession session = factory.CreateSession();
/// session.InsertAll(WlzNRules.Facts(dossier, new LocalDate(2026, 5, 4), options));
/// session.Fire();
/// foreach (Signaal signaal in session.Query&lt;Signaal&gt;())
///     Console.WriteLine($"{signaal.Lijst.Titel}: {signaal.Uitleg}");
/// </code>
/// </example>
public static class WlzNRules
{
    /// <summary>The name of the rule set that holds the Wlz rules in the repository.</summary>
    public const string RuleSetName = "Wlz.Rules";

    /// <summary>
    /// Creates an NRules repository loaded with every Wlz rule (or those that <see cref="WlzRulesOptions.Regelfilter"/>
    /// selects), each activated with the calendar, the parameters and the zorgaanbiederregister of <paramref name="options"/>.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The repository; call NRules' <c>Compile()</c> on it, or add your own rules first.</returns>
    public static RuleRepository CreateRepository(WlzRulesOptions options) => CreateRepository(options, services: null);

    /// <summary>
    /// Creates an NRules repository loaded with the Wlz rules, activating rule constructor dependencies from
    /// <paramref name="options"/> and, for anything else, from <paramref name="services"/>.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="services">A service provider for other constructor dependencies, or <see langword="null"/>.</param>
    /// <returns>The repository.</returns>
    public static RuleRepository CreateRepository(WlzRulesOptions options, IServiceProvider? services)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activator = new WlzRuleActivator(services, options.Kalender, options.Parameters, options.Zorgaanbieders);
        var loaded = new RuleRepository { Activator = activator };
        loaded.Load(spec => spec.From(typeof(WlzNRules).Assembly).PrivateTypes().To(RuleSetName));
        var filter = options.Regelfilter;
        var rules = loaded.GetRuleSets().SelectMany(set => set.Rules)
            .Where(rule => filter is null || filter(RuleInfo.Of(rule)))
            .OrderBy(rule => RuleInfo.Of(rule).Id, StringComparer.Ordinal)
            .ToArray();
        var ruleSet = new RuleSet(RuleSetName);
        ruleSet.Add(rules);
        var repository = new RuleRepository { Activator = activator };
        repository.Add(ruleSet);
        return repository;
    }

    /// <summary>
    /// Returns the facts one session needs to evaluate one dossier: the <see cref="Peildatum"/>, the parameters in force
    /// on it, the dossier's facts (<see cref="Dossier.Feiten"/>) and the <see cref="Zorgaanbieder"/>s its toewijzingen name.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="options">The options (parameters, zorgaanbiederregister, validation).</param>
    /// <returns>The facts, in a fixed order.</returns>
    /// <exception cref="DossierValidatieException">Thrown when the dossier is invalid: its facts would give wrong lists.</exception>
    public static IReadOnlyList<object> Facts(Dossier dossier, LocalDate peildatum, WlzRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(options);
        if (new DossierValidator(options.Validatie).Beoordeel(dossier) is { } afwijzing)
        {
            throw new DossierValidatieException([afwijzing]);
        }

        return Sessiefeiten.Van(dossier, new Peildatum(peildatum), options.Parameters.OpPeildatum(peildatum, options.Rapportagemaand), options.Zorgaanbieders).ToArray();
    }
}
