using System.Text.Json;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Testing.Scenarios;

/// <summary>
/// Reads golden cases (<see cref="Scenario"/>) from JSON and checks them against the rule sets, so users can keep
/// their own edge cases as data next to their tests.
/// </summary>
/// <example>
/// <code>
/// [Fact]
/// public void MazTeLaat() => Scenariorunner.Controleer(Scenariorunner.LeesBestand("Scenarios/maz-te-laat.json"));
/// </code>
/// </example>
public static class Scenariorunner
{
    /// <summary>Reads a scenario from JSON (the <see cref="WlzJson"/> conventions: camelCase, ISO dates, unknown properties refused).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WlzJsonException">Thrown when the JSON is malformed or does not match the model; names line and path.</exception>
    public static Scenario Lees(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<Scenario>(json, WlzJson.Options) ?? throw new WlzJsonException("The JSON holds null instead of a scenario.");
        }
        catch (JsonException fout) when (fout is not WlzJsonException)
        {
            throw new WlzJsonException(fout);
        }
    }

    /// <summary>Reads a scenario from a JSON file; errors name the file.</summary>
    /// <param name="pad">The path of the file.</param>
    /// <returns>The scenario; its <see cref="Scenario.Naam"/> defaults to the file name.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="pad"/> is empty.</exception>
    /// <exception cref="WlzJsonException">Thrown when the file's JSON is invalid.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be read.</exception>
    public static Scenario LeesBestand(string pad)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pad);
        Scenario scenario;
        try
        {
            scenario = Lees(File.ReadAllText(pad));
        }
        catch (WlzJsonException fout)
        {
            throw new WlzJsonException($"{pad}: {fout.Message}", fout);
        }

        return scenario.Naam.Length > 0 ? scenario : new Scenario
        {
            Naam = Path.GetFileNameWithoutExtension(pad),
            Peildatum = scenario.Peildatum,
            Regelsets = scenario.Regelsets,
            Zorgaanbieders = scenario.Zorgaanbieders,
            Dossiers = scenario.Dossiers,
            Verwacht = scenario.Verwacht,
        };
    }

    /// <summary>
    /// Evaluates the scenario's dossiers on its peildatum and asserts that exactly the expected signals are produced
    /// (each expected signal matches one produced signal; every produced signal is expected) and no dossier is rejected.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="basis">Options to start from (calendar, parameters, validation); the scenario sets the zorgaanbieders
    /// and, when it names rule sets, the rule filter. <see langword="null"/> uses the defaults.</param>
    /// <returns>The evaluation report, for further assertions.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScenarioMismatchException">Thrown when a signal is missing or unexpected, or a dossier is rejected.</exception>
    public static Evaluatierapport Controleer(Scenario scenario, WlzRulesOptions? basis = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        basis ??= new WlzRulesOptions();
        var options = new WlzRulesOptions
        {
            Kalender = basis.Kalender,
            Parameters = basis.Parameters,
            Validatie = basis.Validatie,
            Validatiemodus = Validatiemodus.Soepel,
            MaxDegreeOfParallelism = 1,
            Zorgaanbieders = new Zorgaanbiederregister(scenario.Zorgaanbieders.Select(z => z.NaarZorgaanbieder())),
            Regelfilter = scenario.Regelsets.Count == 0 ? basis.Regelfilter : Filter(scenario.Regelsets),
        };
        var rapport = new WlzRuleEngine(options).EvaluateAll(scenario.Dossiers, scenario.Peildatum);
        Vergelijk(scenario, rapport);
        return rapport;
    }

    /// <summary>Asserts that a report holds exactly the scenario's expected signals and no rejections.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="rapport">The report to check.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ScenarioMismatchException">Thrown when a signal is missing or unexpected, or a dossier is rejected.</exception>
    public static void Vergelijk(Scenario scenario, Evaluatierapport rapport)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rapport);
        var over = new List<Signaal>(rapport.Signalen);
        var ontbrekend = new List<VerwachtSignaal>();
        foreach (var verwacht in scenario.Verwacht)
        {
            var index = over.FindIndex(verwacht.Past);
            if (index < 0)
            {
                ontbrekend.Add(verwacht);
            }
            else
            {
                over.RemoveAt(index);
            }
        }

        var afwijzingen = rapport.Afwijzingen.SelectMany(a => a.Fouten.Select(f => $"{a.DossierSleutel}: {f}")).ToArray();
        if (ontbrekend.Count > 0 || over.Count > 0 || afwijzingen.Length > 0)
        {
            throw new ScenarioMismatchException(scenario.Naam, ontbrekend, over, afwijzingen);
        }
    }

    private static Func<RuleInfo, bool> Filter(IReadOnlyList<string> tags) =>
        regel => tags.Any(tag => regel.Tags.Contains(tag, StringComparer.Ordinal));
}
