using System.Collections.Frozen;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Parameters;

/// <summary>The parameter values in force on one peildatum: the immutable snapshot that rules read.</summary>
public sealed class ParametersOpPeildatum
{
    internal ParametersOpPeildatum(WlzParameters parameters, LocalDate peildatum, YearMonth? rapportagemaand)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Peildatum = peildatum;
        Rapportagemaand = rapportagemaand ?? StandaardRapportagemaand(peildatum);
        var bronnen = new Dictionary<string, string>(StringComparer.Ordinal);

        MazMutTermijnWerkdagen = Lees(parameters.MazMutTermijnWerkdagen);
        MazMutTermijnNieuweClientWerkdagen = Lees(parameters.MazMutTermijnNieuweClientWerkdagen);
        ContactNaWerkdagen = Lees(parameters.ContactNaWerkdagen);
        IndicatieHorizon = Lees(parameters.IndicatieHorizon);
        WachtUitVoorzorgHorizon = Lees(parameters.WachtUitVoorzorgHorizon);
        AutoMezTermijnDagen = Lees(parameters.AutoMezTermijnDagen);
        AansluitendMaxDagenNaEinddatum = Lees(parameters.AansluitendMaxDagenNaEinddatum);
        MaxMutatiedagen = Lees(parameters.MaxMutatiedagen);
        MaxSleuteldatumDagenVoorBegindatum = Lees(parameters.MaxSleuteldatumDagenVoorBegindatum);
        Streefnormen = Lees(parameters.Streefnormen);
        Bronnen = bronnen.ToFrozenDictionary(StringComparer.Ordinal);

        T Lees<T>(Parameter<T> parameter)
            where T : notnull
        {
            var waarde = parameter.OpDatum(peildatum);
            bronnen[parameter.Naam] = waarde.Bron;
            return waarde.Waarde;
        }
    }

    /// <summary>Gets the peildatum the values were resolved for.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>
    /// Gets the month the monthly lists report on (the Bewonerslijst): set explicitly (<see cref="Evaluatie.WlzRulesOptions.Rapportagemaand"/>),
    /// or by default the last complete month before the peildatum (<see cref="StandaardRapportagemaand"/>).
    /// </summary>
    public YearMonth Rapportagemaand { get; }

    /// <summary>Gets the MAZ/MUT termijn in werkdagen (see <see cref="WlzParameters.MazMutTermijnWerkdagen"/>).</summary>
    public int MazMutTermijnWerkdagen { get; }

    /// <summary>Gets the MAZ/MUT termijn in werkdagen for a cliënt new to the zorgaanbieder (see <see cref="WlzParameters.MazMutTermijnNieuweClientWerkdagen"/>).</summary>
    public int MazMutTermijnNieuweClientWerkdagen { get; }

    /// <summary>Gets the werkdagen after which the zorgkantoor makes contact (see <see cref="WlzParameters.ContactNaWerkdagen"/>).</summary>
    public int ContactNaWerkdagen { get; }

    /// <summary>Gets the indicatie horizon (see <see cref="WlzParameters.IndicatieHorizon"/>).</summary>
    public Period IndicatieHorizon { get; }

    /// <summary>Gets the wacht-uit-voorzorg horizon (see <see cref="WlzParameters.WachtUitVoorzorgHorizon"/>).</summary>
    public Period WachtUitVoorzorgHorizon { get; }

    /// <summary>Gets the auto-MEZ termijn in days (see <see cref="WlzParameters.AutoMezTermijnDagen"/>).</summary>
    public int AutoMezTermijnDagen { get; }

    /// <summary>Gets the aansluitend gap in days (see <see cref="WlzParameters.AansluitendMaxDagenNaEinddatum"/>).</summary>
    public int AansluitendMaxDagenNaEinddatum { get; }

    /// <summary>Gets the maximum number of mutatiedagen (see <see cref="WlzParameters.MaxMutatiedagen"/>).</summary>
    public int MaxMutatiedagen { get; }

    /// <summary>Gets how many days the sleuteldatum may lie before the begindatum (see <see cref="WlzParameters.MaxSleuteldatumDagenVoorBegindatum"/>).</summary>
    public int MaxSleuteldatumDagenVoorBegindatum { get; }

    /// <summary>Gets the streefnormen table in force.</summary>
    public Streefnormtabel Streefnormen { get; }

    /// <summary>Gets the source of every resolved value, by parameter name (e.g. <c>MazMutTermijnWerkdagen</c>).</summary>
    public IReadOnlyDictionary<string, string> Bronnen { get; }

    /// <summary>
    /// Gets the default reporting month: the last complete month before <paramref name="peildatum"/>, i.e. the month
    /// before the peildatum's own month (a run on 1 June and one on 30 June both report on May: June is not complete
    /// before the peildatum).
    /// </summary>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The month before the peildatum's month.</returns>
    public static YearMonth StandaardRapportagemaand(LocalDate peildatum) => peildatum.PlusMonths(-1).ToYearMonth();

    /// <summary>Gets the streefnorm for a (leveringsstatus, classificatie); check <see cref="Parameters.Streefnorm.IsVoorbeeld"/> before presenting it as real.</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <param name="classificatie">The classificatie.</param>
    /// <returns>The norm, or <see langword="null"/> when the table in force has none for the combination.</returns>
    public Streefnorm? Streefnorm(Leveringsstatus leveringsstatus, Classificatie classificatie) =>
        Streefnormen.Vind(leveringsstatus, classificatie);
}
