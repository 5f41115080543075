using FluentValidation;
using NodaTime;

namespace Wlz.Rules.Parameters;

/// <summary>Builds a <see cref="WlzParameters"/> by adding dated values to an existing set; <see cref="Build"/> validates the result.</summary>
/// <remarks>
/// Each <c>Met…</c> method adds a value geldig vanaf the given date; a value with the same date is replaced. Earlier
/// values stay in force before that date. Not thread-safe; the built parameters are.
/// </remarks>
public sealed class WlzParametersBuilder
{
    private Parameter<int> _mazMutTermijnWerkdagen;
    private Parameter<int> _mazMutTermijnNieuweClientWerkdagen;
    private Parameter<int> _contactNaWerkdagen;
    private Parameter<Period> _indicatieHorizon;
    private Parameter<Period> _wachtUitVoorzorgHorizon;
    private Parameter<int> _autoMezTermijnDagen;
    private Parameter<int> _aansluitendMaxDagenNaEinddatum;
    private Parameter<int> _maxMutatiedagen;
    private Parameter<int> _maxSleuteldatumDagenVoorBegindatum;
    private Parameter<Streefnormtabel> _streefnormen;

    /// <summary>Initializes a new instance of the <see cref="WlzParametersBuilder"/> class, starting from <see cref="WlzParameters.Standaard"/>.</summary>
    public WlzParametersBuilder()
        : this(WlzParameters.Standaard)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WlzParametersBuilder"/> class, starting from <paramref name="basis"/>.</summary>
    /// <param name="basis">The parameters to start from.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="basis"/> is <see langword="null"/>.</exception>
    public WlzParametersBuilder(WlzParameters basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _mazMutTermijnWerkdagen = basis.MazMutTermijnWerkdagen;
        _mazMutTermijnNieuweClientWerkdagen = basis.MazMutTermijnNieuweClientWerkdagen;
        _contactNaWerkdagen = basis.ContactNaWerkdagen;
        _indicatieHorizon = basis.IndicatieHorizon;
        _wachtUitVoorzorgHorizon = basis.WachtUitVoorzorgHorizon;
        _autoMezTermijnDagen = basis.AutoMezTermijnDagen;
        _aansluitendMaxDagenNaEinddatum = basis.AansluitendMaxDagenNaEinddatum;
        _maxMutatiedagen = basis.MaxMutatiedagen;
        _maxSleuteldatumDagenVoorBegindatum = basis.MaxSleuteldatumDagenVoorBegindatum;
        _streefnormen = basis.Streefnormen;
    }

    /// <summary>Adds a value for <see cref="WlzParameters.MazMutTermijnWerkdagen"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="werkdagen">The termijn in werkdagen.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetMazMutTermijnWerkdagen(LocalDate geldigVanaf, int werkdagen, string bron) =>
        Zet(ref _mazMutTermijnWerkdagen, geldigVanaf, werkdagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.MazMutTermijnNieuweClientWerkdagen"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="werkdagen">The termijn in werkdagen.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetMazMutTermijnNieuweClientWerkdagen(LocalDate geldigVanaf, int werkdagen, string bron) =>
        Zet(ref _mazMutTermijnNieuweClientWerkdagen, geldigVanaf, werkdagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.ContactNaWerkdagen"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="werkdagen">The number of werkdagen.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetContactNaWerkdagen(LocalDate geldigVanaf, int werkdagen, string bron) =>
        Zet(ref _contactNaWerkdagen, geldigVanaf, werkdagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.IndicatieHorizon"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="horizon">The horizon, a positive date period.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetIndicatieHorizon(LocalDate geldigVanaf, Period horizon, string bron) =>
        Zet(ref _indicatieHorizon, geldigVanaf, horizon, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.WachtUitVoorzorgHorizon"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="horizon">The horizon, a positive date period.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetWachtUitVoorzorgHorizon(LocalDate geldigVanaf, Period horizon, string bron) =>
        Zet(ref _wachtUitVoorzorgHorizon, geldigVanaf, horizon, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.AutoMezTermijnDagen"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="dagen">The number of days.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetAutoMezTermijnDagen(LocalDate geldigVanaf, int dagen, string bron) =>
        Zet(ref _autoMezTermijnDagen, geldigVanaf, dagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.AansluitendMaxDagenNaEinddatum"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="dagen">The number of days.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetAansluitendMaxDagenNaEinddatum(LocalDate geldigVanaf, int dagen, string bron) =>
        Zet(ref _aansluitendMaxDagenNaEinddatum, geldigVanaf, dagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.MaxMutatiedagen"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="dagen">The maximum number of mutatiedagen.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetMaxMutatiedagen(LocalDate geldigVanaf, int dagen, string bron) =>
        Zet(ref _maxMutatiedagen, geldigVanaf, dagen, bron);

    /// <summary>Adds a value for <see cref="WlzParameters.MaxSleuteldatumDagenVoorBegindatum"/>.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="dagen">The number of days.</param>
    /// <param name="bron">The source of the value.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetMaxSleuteldatumDagenVoorBegindatum(LocalDate geldigVanaf, int dagen, string bron) =>
        Zet(ref _maxSleuteldatumDagenVoorBegindatum, geldigVanaf, dagen, bron);

    /// <summary>Adds a streefnormen table: use this to supply the real streefnormen instead of the example.</summary>
    /// <param name="geldigVanaf">The first date the table is in force.</param>
    /// <param name="tabel">The table.</param>
    /// <param name="bron">The source of the table, e.g. the edition of the Voorschrift Zorgtoewijzing.</param>
    /// <returns>This builder.</returns>
    public WlzParametersBuilder MetStreefnormen(LocalDate geldigVanaf, Streefnormtabel tabel, string bron) =>
        Zet(ref _streefnormen, geldigVanaf, tabel, bron);

    /// <summary>Builds and validates the parameters.</summary>
    /// <returns>The validated, immutable parameters.</returns>
    /// <exception cref="ValidationException">Thrown when a value is out of range; the message lists every failure.</exception>
    public WlzParameters Build()
    {
        var parameters = new WlzParameters(
            _mazMutTermijnWerkdagen,
            _mazMutTermijnNieuweClientWerkdagen,
            _contactNaWerkdagen,
            _indicatieHorizon,
            _wachtUitVoorzorgHorizon,
            _autoMezTermijnDagen,
            _aansluitendMaxDagenNaEinddatum,
            _maxMutatiedagen,
            _maxSleuteldatumDagenVoorBegindatum,
            _streefnormen);
        new WlzParametersValidator().ValidateAndThrow(parameters);
        return parameters;
    }

    private WlzParametersBuilder Zet<T>(ref Parameter<T> parameter, LocalDate geldigVanaf, T waarde, string bron)
        where T : notnull
    {
        parameter = parameter.MetWaarde(new GedateerdeWaarde<T>(geldigVanaf, waarde, bron));
        return this;
    }
}
