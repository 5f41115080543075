using System.Runtime.CompilerServices;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Validatie.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The typed entry point for mutatiedagen: validates a room partition and evaluates it through <see cref="WlzRuleEngine.EvaluateFeiten"/>.</summary>
/// <remarks>
/// One session per room: the room's facts (<see cref="Kamerdossier.Feiten"/>), the <see cref="MutatiedagenOpties"/>,
/// the peildatum and the parameters in force. Only the rules the engine was built with run (e.g.
/// <c>RuleFilter.HasTag("Mutatiedagen")</c>); cliënt rules find no cliënt facts here and do not fire.
/// An invalid partition is never evaluated and never dropped: in <see cref="Validatiemodus.Soepel"/> its <see cref="Kamerresultaat.Afwijzing"/> lists every failure; in <see cref="Validatiemodus.Strikt"/> a <see cref="KamerdossierValidatieException"/> does.
/// </remarks>
public static class KamerEvaluatie
{
    private static readonly ConditionalWeakTable<Validatie.DossierValidatieOpties, KamerdossierValidator> Validators = new();

    /// <summary>Validates and evaluates one room partition on a peildatum.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="kamerdossier">The room partition.</param>
    /// <param name="peildatum">The peildatum (the end of a provisional count when there is no intrek yet).</param>
    /// <param name="opties">The mutatiedagen options; <see cref="MutatiedagenOpties.Standaard"/> when <see langword="null"/>.</param>
    /// <returns>The signals, or the rejection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/> or <paramref name="kamerdossier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is negative, or the tweepersoonskamer maximum is less than 1.</exception>
    /// <exception cref="KamerdossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when the partition is invalid.</exception>
    public static Kamerresultaat EvaluateKamer(this WlzRuleEngine engine, Kamerdossier kamerdossier, LocalDate peildatum, MutatiedagenOpties? opties = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(kamerdossier);
        engine.ControleerPeildatum(peildatum);
        var gekozen = opties ?? MutatiedagenOpties.Standaard;
        ArgumentOutOfRangeException.ThrowIfNegative(gekozen.MutatiedagenBijInterneVerhuizing, "opties.MutatiedagenBijInterneVerhuizing");
        if (gekozen.MaxMutatiedagenTweepersoonskamer is { } tweepersoons)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(tweepersoons, 1, "opties.MaxMutatiedagenTweepersoonskamer");
        }

        var validator = Validators.GetValue(engine.Options.Validatie, static opties => new KamerdossierValidator(opties));
        var afwijzing = validator.Beoordeel(kamerdossier);
        if (afwijzing is not null)
        {
            if (engine.Options.Validatiemodus == Validatiemodus.Strikt)
            {
                throw new KamerdossierValidatieException(afwijzing);
            }

            return new Kamerresultaat(afwijzing.KamerId, [], afwijzing);
        }

        var signalen = engine.EvaluateFeiten(kamerdossier.Feiten().Append(gekozen), peildatum);
        return new Kamerresultaat(kamerdossier.Kamer.KamerId, signalen, null);
    }

    /// <summary>Validates and evaluates many room partitions, one session each, in input order.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="kamerdossiers">The room partitions.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="opties">The mutatiedagen options; <see cref="MutatiedagenOpties.Standaard"/> when <see langword="null"/>.</param>
    /// <returns>One result per input partition, in input order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/> or <paramref name="kamerdossiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="KamerdossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> at the first invalid partition.</exception>
    public static IReadOnlyList<Kamerresultaat> EvaluateKamers(this WlzRuleEngine engine, IEnumerable<Kamerdossier> kamerdossiers, LocalDate peildatum, MutatiedagenOpties? opties = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(kamerdossiers);
        return [.. kamerdossiers.Select(k => engine.EvaluateKamer(k, peildatum, opties))];
    }
}
