namespace Wlz.Rules.Evaluatie;

/// <summary>Which runtime runs the Wlz rule sets: both run the same NRules rule models and give the same signals.</summary>
public enum WlzRuntime
{
    /// <summary>Wlz.Rules.Engine, the fast executor of NRules rule models (the default; for bulk work).</summary>
    Executor = 0,

    /// <summary>NRules' own runtime, one NRules session per dossier or partition (for checking, or next to your own NRules rules).</summary>
    NRules = 1,
}
