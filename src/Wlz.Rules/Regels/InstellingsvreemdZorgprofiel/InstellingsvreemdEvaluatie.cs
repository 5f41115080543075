using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>Evaluates a cliënt dossier together with the zorgkantoor's toetsingsuitkomsten.</summary>
public static class InstellingsvreemdEvaluatie
{
    /// <summary>
    /// Runs the engine's rules over a dossier, the <see cref="Toetsingsuitkomst"/>s and the zorgaanbieders its
    /// toewijzingen name (from <see cref="WlzRulesOptions.Zorgaanbieders"/>), on a peildatum.
    /// </summary>
    /// <param name="engine">The engine; its <see cref="WlzRulesOptions.Regelfilter"/> selects the rules.</param>
    /// <param name="dossier">The cliënt's dossier.</param>
    /// <param name="uitkomsten">The toetsingsuitkomsten (those of other dossiers are simply not matched).</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The signals in the engine's deterministic order.</returns>
    /// <remarks>
    /// The dossier is not validated here (unlike <see cref="WlzRuleEngine.Evaluate"/>); validate it first when it comes
    /// from outside. Without toetsingsuitkomsten the plain <see cref="WlzRuleEngine.Evaluate"/> gives the same signals.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<Signaal> EvaluateInstellingsvreemd(
        this WlzRuleEngine engine, Dossier dossier, IEnumerable<Toetsingsuitkomst> uitkomsten, LocalDate peildatum)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(uitkomsten);
        var feiten = new List<object>(dossier.AantalFeiten + 4);
        feiten.AddRange(dossier.Feiten());
        var register = engine.Options.Zorgaanbieders;
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        foreach (var toewijzing in dossier.Zorgtoewijzingen)
        {
            if (gezien.Add(toewijzing.Zorgaanbieder.Waarde) && register.Vind(toewijzing.Zorgaanbieder) is { } zorgaanbieder)
            {
                feiten.Add(zorgaanbieder);
            }
        }

        foreach (var uitkomst in uitkomsten)
        {
            ArgumentNullException.ThrowIfNull(uitkomst, nameof(uitkomsten));
            feiten.Add(uitkomst);
        }

        return engine.EvaluateFeiten(feiten, peildatum);
    }
}
