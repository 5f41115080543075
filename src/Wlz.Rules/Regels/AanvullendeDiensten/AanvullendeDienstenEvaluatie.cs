using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>Evaluates the aanvullende diensten of zorgaanbieders (a partition per zorgaanbieder, not per cliënt).</summary>
public static class AanvullendeDienstenEvaluatie
{
    /// <summary>
    /// Runs the engine's rules over one zorgaanbieder's diensten and charges, with the catalogue of insured care, on a peildatum.
    /// </summary>
    /// <param name="engine">The engine; its <see cref="WlzRulesOptions.Regelfilter"/> selects the rules.</param>
    /// <param name="dossier">The zorgaanbieder's diensten and charges.</param>
    /// <param name="peildatum">The peildatum; charges after it are ignored.</param>
    /// <param name="catalogus">The catalogue of insured care; <see langword="null"/> uses <see cref="VerzekerdeZorgcatalogus.Standaard"/>.</param>
    /// <returns>The signals in the engine's deterministic order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/> or <paramref name="dossier"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Signaal> EvaluateAanvullendeDiensten(
        this WlzRuleEngine engine, AanvullendeDienstenDossier dossier, LocalDate peildatum, VerzekerdeZorgcatalogus? catalogus = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dossier);
        var feiten = new List<object>(dossier.Diensten.Count + dossier.Bijbetalingen.Count + 2)
        {
            dossier,
            catalogus ?? VerzekerdeZorgcatalogus.Standaard,
        };
        feiten.AddRange(dossier.Feiten());
        return engine.EvaluateFeiten(feiten, peildatum);
    }

    /// <summary>Evaluates many zorgaanbieders, one partition each, and returns all signals in input order.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="dossiers">One dossier per zorgaanbieder.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="catalogus">The catalogue of insured care; <see langword="null"/> uses <see cref="VerzekerdeZorgcatalogus.Standaard"/>.</param>
    /// <returns>The signals, dossier by dossier.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/>, <paramref name="dossiers"/> or a dossier is <see langword="null"/>.</exception>
    public static IReadOnlyList<Signaal> EvaluateAanvullendeDiensten(
        this WlzRuleEngine engine, IEnumerable<AanvullendeDienstenDossier> dossiers, LocalDate peildatum, VerzekerdeZorgcatalogus? catalogus = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dossiers);
        var signalen = new List<Signaal>();
        foreach (var dossier in dossiers)
        {
            ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
            signalen.AddRange(engine.EvaluateAanvullendeDiensten(dossier, peildatum, catalogus));
        }

        return signalen;
    }
}
