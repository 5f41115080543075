using Wlz.Rules.Engine;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>Configures a <see cref="WlzRuleEngine"/>: calendar, parameters, reference data and which rule sets run.</summary>
public sealed class WlzRulesOptions
{
    /// <summary>Gets or sets the business-day calendar. Defaults to <see cref="NederlandseWerkdagenkalender.Standaard"/>.</summary>
    public IWerkdagenkalender Kalender { get; set; } = NederlandseWerkdagenkalender.Standaard;

    /// <summary>Gets or sets the dated policy parameters. Defaults to <see cref="WlzParameters.Standaard"/>.</summary>
    public WlzParameters Parameters { get; set; } = WlzParameters.Standaard;

    /// <summary>
    /// Gets or sets the month the monthly Bewonerslijst reports on. <see langword="null"/> (the default) reports on the
    /// last complete month before the peildatum (<see cref="ParametersOpPeildatum.StandaardRapportagemaand"/>): a run on
    /// 1 June lists May.
    /// </summary>
    public NodaTime.YearMonth? Rapportagemaand { get; set; }

    /// <summary>Gets or sets the zorgaanbieders (reference data). Defaults to an empty register.</summary>
    public Zorgaanbiederregister Zorgaanbieders { get; set; } = Zorgaanbiederregister.Leeg;

    /// <summary>Gets or sets the validation limits and parameters for input dossiers.</summary>
    public DossierValidatieOpties Validatie { get; set; } = new();

    /// <summary>Gets or sets what happens to invalid dossiers. Defaults to <see cref="Validatiemodus.Soepel"/>.</summary>
    public Validatiemodus Validatiemodus { get; set; } = Validatiemodus.Soepel;

    /// <summary>
    /// Gets or sets which rules run. <see langword="null"/> (the default) runs every rule of the library;
    /// e.g. <c>RuleFilter.HasTag("Signaleringslijst")</c> runs one rule set.
    /// </summary>
    public Func<RuleInfo, bool>? Regelfilter { get; set; }

    /// <summary>Gets or sets the maximum number of threads for bulk evaluation. Defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets or sets the runtime that runs the rule sets: <see cref="WlzRuntime.Executor"/> (the default, fast) or
    /// <see cref="WlzRuntime.NRules"/> (NRules' own runtime, one session per dossier). Both give the same signals;
    /// validation, lists, exports and reports are the same.
    /// </summary>
    public WlzRuntime Runtime { get; set; } = WlzRuntime.Executor;
}
