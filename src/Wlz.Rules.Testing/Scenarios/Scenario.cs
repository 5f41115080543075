using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing.Scenarios;

/// <summary>
/// A golden case kept as data: input dossiers, the zorgaanbieders they refer to, a peildatum and the signals the rule
/// sets are expected to produce. Read one with <see cref="Scenariorunner.Lees(string)"/> and check it with
/// <see cref="Scenariorunner.Controleer(Scenario, Evaluatie.WlzRulesOptions?)"/>.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "naam": "MAZ te laat",
///   "peildatum": "2026-05-04",
///   "regelsets": [ "Signaleringslijst" ],
///   "zorgaanbieders": [ { "agbCode": "12345678", "naam": "Zorggroep" } ],
///   "dossiers": [ { "client": { "clientId": "C1" }, "zorgtoewijzingen": [ … ] } ],
///   "verwacht": [ { "lijst": "ZorgtoewijzingZonderMazMut", "zorgaanbieder": "12345678", "clientId": "C1", "onderwerp": "T1",
///                   "velden": { "Deadline": "2026-04-30" } } ]
/// }
/// </code>
/// </example>
public sealed class Scenario
{
    /// <summary>Gets the name of the case, used in failure messages.</summary>
    public string Naam { get; init; } = string.Empty;

    /// <summary>Gets the peildatum to evaluate on.</summary>
    public LocalDate Peildatum { get; init; }

    /// <summary>Gets the tags of the rule sets to run (see <c>RuleFilter.HasTag</c>); empty runs every rule.</summary>
    public IReadOnlyList<string> Regelsets { get; init; } = [];

    /// <summary>Gets the zorgaanbieders (reference data) the dossiers refer to.</summary>
    public IReadOnlyList<ScenarioZorgaanbieder> Zorgaanbieders { get; init; } = [];

    /// <summary>Gets the input dossiers, in the <see cref="Serialisatie.WlzJson"/> format.</summary>
    public IReadOnlyList<Dossier> Dossiers { get; init; } = [];

    /// <summary>Gets every signal the rule sets must produce; any other signal makes the case fail.</summary>
    public IReadOnlyList<VerwachtSignaal> Verwacht { get; init; } = [];
}
