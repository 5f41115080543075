using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using NodaTime;
using NodaTime.Text;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Engine.Bulk;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>
/// The front door of Wlz.Rules: validates dossiers, runs the library's rule sets over each one on a peildatum, and
/// collects the signals into lists per zorgaanbieder. Built once (the rules are compiled in the constructor) and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>Evaluation is a pure function of the facts, the parameters and the peildatum: no rule reads the clock.</para>
/// <para>
/// Every session holds the dossier's facts (<see cref="Dossier.Feiten"/>), the <see cref="Peildatum"/>, the
/// <see cref="ParametersOpPeildatum"/> in force on the peildatum, and the <see cref="Zorgaanbieder"/>s that the
/// dossier's toewijzingen name. Rules receive the <see cref="Kalender.IWerkdagenkalender"/>, the
/// <see cref="WlzParameters"/> and the <see cref="Zorgaanbiederregister"/> through their constructors.
/// </para>
/// <para>
/// Every method that takes a peildatum checks it against <see cref="Peildatumbereik"/> when it is called, before it
/// reads a dossier: a rule never runs off the calendar in the middle of a run.
/// </para>
/// </remarks>
public sealed class WlzRuleEngine
{
    /// <summary>
    /// The werkdagen the calendar must still hold after a peildatum: 61, the longest werkdagen termijn the parameters
    /// may have (60, see <see cref="WlzParametersValidator"/>) plus the day after it.
    /// </summary>
    /// <remarks>
    /// The rule that counts furthest ahead on the calendar is Zorgtoewijzing zonder MAZ/MUT: from a toewijzing received
    /// on or before the peildatum it adds the MAZ/MUT termijn and the contact termijn in werkdagen (standard 5, 10 and 10)
    /// and counts the werkdagen up to the day after the deadline. Every other date a rule derives from the peildatum is
    /// plain date arithmetic (the indicatie horizon, standard two months, at most ten years; the month of the
    /// peildatum for the Bewonerslijst) or lies before the peildatum (the automatic MEZ, 21 days after an einddatum
    /// before it); <see cref="GetPeildatumbereik"/> also keeps ten years from the end of <see cref="LocalDate"/>.
    /// </remarks>
    public const int PeildatumMargeWerkdagen = 61;

    // The longest period the parameters may add to a peildatum in plain date arithmetic (IndicatieHorizon: at most
    // ten years, WlzParametersValidator); keeps the date from overflowing when a calendar reaches the end of LocalDate.
    private static readonly Period LangsteHorizon = Period.FromYears(10);

    private readonly WlzRulesOptions _options;
    private readonly DossierValidator _validator;
    private readonly ISessionFactory? _factory;
    private readonly NRules.ISessionFactory? _nrules;

    // The parameters of the last peildatum asked for: rooms and other partitions are evaluated one call at a time,
    // nearly always on one peildatum, so one entry saves resolving the parameters per call. Replaced atomically.
    private ParametersOpPeildatum? _laatsteParameters;

    /// <summary>Initializes the engine with the given options and compiles the selected rules.</summary>
    /// <param name="options">The options; see <see cref="WlzRulesOptions"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleCompilationException">Thrown when a rule cannot be compiled.</exception>
    public WlzRuleEngine(WlzRulesOptions options)
        : this(options, services: null)
    {
    }

    /// <summary>Initializes the engine, activating rules through <paramref name="services"/> when given.</summary>
    /// <param name="options">The options; see <see cref="WlzRulesOptions"/>.</param>
    /// <param name="services">The service provider that activates rules with constructor dependencies, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the calendar and parameters leave no peildatum (see <see cref="GetPeildatumbereik"/>).</exception>
    /// <exception cref="RuleCompilationException">Thrown when a rule cannot be compiled.</exception>
    public WlzRuleEngine(WlzRulesOptions options, IServiceProvider? services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Kalender, "options.Kalender");
        ArgumentNullException.ThrowIfNull(options.Parameters, "options.Parameters");
        ArgumentNullException.ThrowIfNull(options.Zorgaanbieders, "options.Zorgaanbieders");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, "options.MaxDegreeOfParallelism");
        Peildatumbereik = GetPeildatumbereik(options);
        _options = options;
        _validator = new DossierValidator(options.Validatie);
        var repository = WlzNRules.CreateRepository(options, services);
        Regels = repository.GetRuleSets().SelectMany(set => set.Rules).Select(RuleInfo.Of).ToArray();
        if (options.Runtime == WlzRuntime.NRules)
        {
            // Facts are identified by reference, as in the executor: two equal records in one dossier are two facts.
            var compiler = new NRules.RuleCompiler();
            compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
            _nrules = compiler.Compile(repository.GetRuleSets());
        }
        else
        {
            _factory = RuleSetCompiler.Compile(repository, new CompileOptions { Services = services });
        }
    }

    /// <summary>Gets the compiled rules, with their ids, names and sources, in id order.</summary>
    public IReadOnlyList<RuleInfo> Regels { get; }

    /// <summary>Gets the options the engine was built with.</summary>
    public WlzRulesOptions Options => _options;

    /// <summary>Gets the peildata this engine evaluates on; see <see cref="GetPeildatumbereik"/>.</summary>
    public DateInterval Peildatumbereik { get; }

    /// <summary>
    /// Gets the peildata an engine with <paramref name="options"/> evaluates on: from the first date the calendar covers
    /// and every parameter has a value in force, to the last date after which the calendar still holds
    /// <see cref="PeildatumMargeWerkdagen"/> werkdagen. With the standard calendar (1990-01-01 to 2200-12-31) and
    /// parameters that is 1990-01-01 to a date in September 2200.
    /// </summary>
    /// <param name="options">The options; only <see cref="WlzRulesOptions.Kalender"/> and <see cref="WlzRulesOptions.Parameters"/> count.</param>
    /// <returns>The supported peildata, both ends included.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/>, its calendar or its parameters are <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the calendar and parameters leave no peildatum.</exception>
    public static DateInterval GetPeildatumbereik(WlzRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Kalender, "options.Kalender");
        ArgumentNullException.ThrowIfNull(options.Parameters, "options.Parameters");
        var kalender = options.Kalender;
        var bereik = kalender.Bereik;
        var eerste = LocalDate.Max(bereik.Start, EersteDatumMetParameters(options.Parameters));
        LocalDate laatste;
        try
        {
            // The day before the PeildatumMargeWerkdagen-th werkdag counted back from the end: after it, exactly that many fit.
            var laatsteWerkdag = kalender.PreviousWerkdagOnOrBefore(bereik.End);
            laatste = kalender.AddWerkdagen(laatsteWerkdag, -(PeildatumMargeWerkdagen - 1)).PlusDays(-1);
        }
        catch (ArgumentOutOfRangeException fout)
        {
            throw new ArgumentException($"The werkdagenkalender holds fewer than {PeildatumMargeWerkdagen} werkdagen, the margin the rules need after a peildatum.", nameof(options), fout);
        }

        laatste = LocalDate.Min(laatste, LocalDate.MaxIsoValue.Minus(LangsteHorizon));
        if (laatste < eerste)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The werkdagenkalender ({Iso(bereik.Start)} to {Iso(bereik.End)}) and the parameters (in force from {Iso(eerste)}) leave no peildatum with {PeildatumMargeWerkdagen} werkdagen after it."),
                nameof(options));
        }

        return new DateInterval(eerste, laatste);
    }

    /// <summary>Validates and evaluates one dossier on a peildatum.</summary>
    /// <param name="dossier">The cliënt's dossier.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The signals, or the rejection when the dossier is invalid (in <see cref="Validatiemodus.Soepel"/>).</returns>
    /// <remarks>
    /// The result's <see cref="Dossierresultaat.Volgnummer"/> is 0; a rejection has no <see cref="Afwijzing.Volgnummer"/>:
    /// a single dossier has no position in an input.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when the dossier is invalid.</exception>
    public Dossierresultaat Evaluate(Dossier dossier, LocalDate peildatum)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ControleerPeildatum(peildatum);
        var context = new Peilcontext(this, peildatum);
        var partitie = new Partitie(0, dossier, inPopulatie: false);
        var feiten = context.FeitenVan(partitie);
        var uitkomst = Uitkomst(partitie, partitie.Afwijzing is null ? Run(feiten, partitie.Volgnummer) : null);
        if (uitkomst.Afwijzing is not null && _options.Validatiemodus == Validatiemodus.Strikt)
        {
            throw new DossierValidatieException([uitkomst.Afwijzing]);
        }

        return uitkomst;
    }

    /// <summary>
    /// Validates and evaluates a population, streaming one result per dossier in input order, in parallel and in
    /// bounded memory. Rejected dossiers appear as results with an <see cref="Dossierresultaat.Afwijzing"/>, whatever the mode.
    /// </summary>
    /// <param name="dossiers">The dossiers; enumerated once, lazily.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress after each window of dossiers, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>One result per input dossier, in input order.</returns>
    /// <remarks>
    /// <para>
    /// A dossier whose <see cref="Client.ClientId"/> equals that of an earlier dossier in the same call is not evaluated
    /// again: it is rejected with <see cref="Foutcodes.DossierDubbel"/>, naming the earlier position. To recognise
    /// repeats the run keeps one key per dossier besides the window in flight: some 30 bytes for a key of nine digits
    /// (a BSN), some 80 bytes plus the key's text for another key; about 300 MB for ten million BSN-keyed dossiers.
    /// </para>
    /// <para>
    /// When <paramref name="dossiers"/> throws, every result for the dossiers before the failure is delivered first,
    /// then its exception is rethrown as it is (a <see cref="Serialisatie.WlzJsonException"/> keeps its path and line).
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown, on the call, when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    public IEnumerable<Dossierresultaat> EvaluateStream(
        IEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ControleerPeildatum(peildatum);
        return Stroom(dossiers, peildatum, progress, cancellationToken);
    }

    /// <summary>Asynchronous counterpart of <see cref="EvaluateStream"/> for an asynchronous source of dossiers.</summary>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress after each window of dossiers, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>One result per input dossier, in input order.</returns>
    /// <remarks>Repeated keys and a failing source are handled as by <see cref="EvaluateStream"/>.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown, on the call, when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    public IAsyncEnumerable<Dossierresultaat> EvaluateStreamAsync(
        IAsyncEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ControleerPeildatum(peildatum);
        return StroomAsync(dossiers, peildatum, progress, cancellationToken);
    }

    /// <summary>Validates and evaluates a population and collects the report: lists per zorgaanbieder, rejections and counts.</summary>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The report.</returns>
    /// <remarks>Repeated keys and a failing source are handled as by <see cref="EvaluateStream"/>; a failing source leaves no report.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when any dossier is invalid; holds them all.</exception>
    public Evaluatierapport EvaluateAll(
        IEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        var verzameling = new Rapportverzameling(peildatum);
        foreach (var resultaat in EvaluateStream(dossiers, peildatum, progress, cancellationToken))
        {
            verzameling.Voegtoe(resultaat);
        }

        return verzameling.Rapport(_options.Validatiemodus);
    }

    /// <summary>Asynchronous counterpart of <see cref="EvaluateAll"/>.</summary>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The report.</returns>
    /// <remarks>Repeated keys and a failing source are handled as by <see cref="EvaluateStream"/>; a failing source leaves no report.</remarks>
    /// <exception cref="ArgumentNullException">Thrown, on the call, when <paramref name="dossiers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown, on the call, when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when any dossier is invalid; holds them all.</exception>
    public Task<Evaluatierapport> EvaluateAllAsync(
        IAsyncEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        return Verzamel(EvaluateStreamAsync(dossiers, peildatum, progress, cancellationToken), peildatum, cancellationToken);
    }

    /// <summary>
    /// Runs the rules over any set of facts (e.g. a room or a zorgaanbieder's offer, for rule sets that are not per
    /// cliënt), with the peildatum and the parameters in force added, and returns the signals.
    /// </summary>
    /// <param name="feiten">The facts of one partition.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The signals in the engine's deterministic order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="feiten"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/>.</exception>
    public IReadOnlyList<Signaal> EvaluateFeiten(IEnumerable<object> feiten, LocalDate peildatum)
    {
        ArgumentNullException.ThrowIfNull(feiten);
        ControleerPeildatum(peildatum);
        object[] peilfeiten = [new Peildatum(peildatum), ParametersOp(peildatum)];
        return Run(peilfeiten.Concat(feiten), -1);
    }

    /// <summary>The range check of every entry point: before any dossier is read, so a rule never runs off the calendar mid-run.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="peildatum"/> is outside <see cref="Peildatumbereik"/> or not an ISO date.</exception>
    internal void ControleerPeildatum(LocalDate peildatum)
    {
        if (peildatum.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(peildatum), peildatum, $"The peildatum {peildatum} is not in the ISO calendar.");
        }

        if (!Peildatumbereik.Contains(peildatum))
        {
            throw new ArgumentOutOfRangeException(
                nameof(peildatum),
                peildatum,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The peildatum {Iso(peildatum)} is outside the supported range {Iso(Peildatumbereik.Start)} to {Iso(Peildatumbereik.End)}: the rules count up to {PeildatumMargeWerkdagen} werkdagen beyond the peildatum, and the werkdagenkalender ends on {Iso(_options.Kalender.Bereik.End)}."));
        }
    }

    private IEnumerable<Dossierresultaat> Stroom(IEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress, CancellationToken cancellationToken)
    {
        var context = new Peilcontext(this, peildatum);
        var sleutels = new Sleutelregister();

        // The source is read by one thread at a time, in input order (the pipeline and PLINQ read it under a lock), so
        // the register needs no lock and "earlier" means earlier in the input.
        var partities = dossiers.Select((dossier, index) => new Partitie(
            index, dossier ?? throw new ArgumentException($"Dossier {index} in the input is null.", nameof(dossiers)), inPopulatie: true)
        {
            EerderePositie = sleutels.EerderePositie(dossier, index),
        });
        var teller = new Voortgangsteller(progress);
        if (_factory is null)
        {
            // PLINQ throws a failure of its source ahead of results it has read before it: keep it for after them.
            var bewaakt = new Bronbewaking<Partitie>(partities);
            foreach (var uitkomst in RunNRules(bewaakt.Lees(), context, cancellationToken))
            {
                yield return teller.Tel(uitkomst);
            }

            bewaakt.Fout?.Throw();
        }
        else
        {
            foreach (var resultaat in _factory.EvaluateMany(partities, context.FeitenVan, BulkOpties(cancellationToken)))
            {
                yield return teller.Tel(Uitkomst(resultaat.Partition, resultaat.Partition.Afwijzing is null ? resultaat.Result.ResultsOf<Signaal>() : null));
            }
        }

        teller.Rapporteer();
    }

    private async IAsyncEnumerable<Dossierresultaat> StroomAsync(
        IAsyncEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = new Peilcontext(this, peildatum);
        var teller = new Voortgangsteller(progress);
        if (_factory is null)
        {
            await foreach (var partitie in Nummer(dossiers, cancellationToken).ConfigureAwait(false))
            {
                var feiten = context.FeitenVan(partitie);
                yield return teller.Tel(Uitkomst(partitie, partitie.Afwijzing is null ? Run(feiten, partitie.Volgnummer) : null));
            }
        }
        else
        {
            await foreach (var resultaat in _factory.EvaluateManyAsync(Nummer(dossiers, cancellationToken), context.FeitenVan, BulkOpties(cancellationToken)).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return teller.Tel(Uitkomst(resultaat.Partition, resultaat.Partition.Afwijzing is null ? resultaat.Result.ResultsOf<Signaal>() : null));
            }
        }

        teller.Rapporteer();
    }

    private async Task<Evaluatierapport> Verzamel(IAsyncEnumerable<Dossierresultaat> resultaten, LocalDate peildatum, CancellationToken cancellationToken)
    {
        var verzameling = new Rapportverzameling(peildatum);
        await foreach (var resultaat in resultaten.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            verzameling.Voegtoe(resultaat);
        }

        return verzameling.Rapport(_options.Validatiemodus);
    }

    /// <summary>Runs one partition's facts on the chosen runtime.</summary>
    /// <exception cref="RuleEvaluationException">A rule failed; on either runtime the exception names the rule (where NRules knows it), the expression and the partition.</exception>
    private IReadOnlyList<Signaal> Run(IEnumerable<object> feiten, long volgnummer)
    {
        if (_factory is not null)
        {
            try
            {
                var session = _factory.CreateSession();
                session.InsertAll(feiten);
                return session.Fire().ResultsOf<Signaal>();
            }
            catch (RuleEvaluationException fout) when (fout.PartitionIndex < 0 && volgnummer >= 0)
            {
                throw fout.AtPartition(volgnummer);
            }
        }

        var nrules = _nrules!.CreateSession();
        try
        {
            // NRules evaluates conditions while facts are inserted, so the insert can fail as the firing can.
            nrules.InsertAll(feiten);
            nrules.Fire();
        }
        catch (NRules.RuleExpressionEvaluationException fout)
        {
            // NRules shares condition nodes between rules, so only an action's failure names its rule.
            string regel = fout is NRules.RuleRhsExpressionEvaluationException rhs ? RegelId(rhs.RuleName) : "(NRules: a condition shared by the rule network)";
            throw new RuleEvaluationException(regel, fout.Expression, volgnummer, fout.InnerException ?? fout);
        }

        var signalen = nrules.Query<Signaal>().ToList();

        // NRules' firing order follows its network, not ours: a fixed order keeps results and exports reproducible.
        signalen.Sort(Signaalvolgorde.Instance);
        return signalen;
    }

    private string RegelId(string naam) => Regels.FirstOrDefault(r => r.Name == naam)?.Id ?? naam;

    /// <summary>NRules' runtime over a population: one NRules session per dossier, on up to MaxDegreeOfParallelism cores, in input order.</summary>
    private IEnumerable<Dossierresultaat> RunNRules(IEnumerable<Partitie> partities, Peilcontext context, CancellationToken cancellationToken)
    {
        Dossierresultaat Evalueer(Partitie partitie)
        {
            var feiten = context.FeitenVan(partitie);
            return Uitkomst(partitie, partitie.Afwijzing is null ? Run(feiten, partitie.Volgnummer) : null);
        }

        if (_options.MaxDegreeOfParallelism == 1)
        {
            return partities.Select(partitie =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Evalueer(partitie);
            });
        }

        return partities.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(_options.MaxDegreeOfParallelism)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(Evalueer);
    }

    private ParametersOpPeildatum ParametersOp(LocalDate peildatum)
    {
        var laatste = Volatile.Read(ref _laatsteParameters);
        var rapportagemaand = _options.Rapportagemaand;
        if (laatste is not null && laatste.Peildatum == peildatum
            && laatste.Rapportagemaand == (rapportagemaand ?? ParametersOpPeildatum.StandaardRapportagemaand(peildatum)))
        {
            return laatste;
        }

        laatste = _options.Parameters.OpPeildatum(peildatum, rapportagemaand);
        Volatile.Write(ref _laatsteParameters, laatste);
        return laatste;
    }

    private static async IAsyncEnumerable<Partitie> Nummer(IAsyncEnumerable<Dossier> dossiers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sleutels = new Sleutelregister();
        long index = 0;
        await foreach (var dossier in dossiers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new Partitie(index, dossier ?? throw new ArgumentException($"Dossier {index} in the input is null.", nameof(dossiers)), inPopulatie: true)
            {
                EerderePositie = sleutels.EerderePositie(dossier, index),
            };
            index++;
        }
    }

    /// <summary>The first date on which every parameter has a value in force.</summary>
    private static LocalDate EersteDatumMetParameters(WlzParameters parameters)
    {
        LocalDate[] begin =
        [
            Begin(parameters.MazMutTermijnWerkdagen), Begin(parameters.MazMutTermijnNieuweClientWerkdagen), Begin(parameters.ContactNaWerkdagen),
            Begin(parameters.IndicatieHorizon), Begin(parameters.WachtUitVoorzorgHorizon), Begin(parameters.AutoMezTermijnDagen),
            Begin(parameters.AansluitendMaxDagenNaEinddatum), Begin(parameters.MaxMutatiedagen), Begin(parameters.MaxSleuteldatumDagenVoorBegindatum),
            Begin(parameters.Streefnormen),
        ];
        return begin.Max();

        static LocalDate Begin<T>(Parameter<T> parameter)
            where T : notnull =>
            parameter.Waarden.Count > 0
                ? parameter.Waarden[0].GeldigVanaf
                : throw new ArgumentException($"Parameter {parameter.Naam} has no values, so no peildatum has every parameter in force.", "options");
    }

    private static string Iso(LocalDate datum) => LocalDatePattern.Iso.Format(datum);

    private static Dossierresultaat Uitkomst(Partitie partitie, IReadOnlyList<Signaal>? signalen) =>
        new(partitie.Volgnummer, partitie.Dossier, signalen ?? [], partitie.Afwijzing);

    private BulkOptions BulkOpties(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

    /// <summary>One input dossier on its way through the bulk path; validated on the worker thread.</summary>
    private sealed class Partitie(long volgnummer, Dossier dossier, bool inPopulatie)
    {
        public long Volgnummer { get; } = volgnummer;

        public Dossier Dossier { get; } = dossier;

        /// <summary>Gets a value indicating whether the dossier has a position in a population run (not a single Evaluate).</summary>
        public bool InPopulatie { get; } = inPopulatie;

        /// <summary>Gets the position of an earlier dossier in the run with the same key, or <see langword="null"/>.</summary>
        public long? EerderePositie { get; init; }

        public Afwijzing? Afwijzing { get; set; }
    }

    /// <summary>
    /// The keys of one run with the position of their first dossier: one entry per dossier. A key of nine digits (a
    /// BSN) is kept as a number, some 30 bytes an entry; another key as its text.
    /// </summary>
    private sealed class Sleutelregister
    {
        private readonly Dictionary<int, long> _negenCijfers = [];
        private readonly Dictionary<string, long> _anders = new(StringComparer.Ordinal);

        /// <summary>Records the dossier's key; returns the position of an earlier dossier with the same key, if any.</summary>
        public long? EerderePositie(Dossier dossier, long positie)
        {
            // A dossier without a key is rejected for that (ClientIdOntbreekt); it repeats nothing.
            if (dossier.Client?.ClientId is not { Length: > 0 } sleutel)
            {
                return null;
            }

            if (sleutel.Length == Bsn.Lengte && int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var getal))
            {
                return _negenCijfers.TryAdd(getal, positie) ? null : _negenCijfers[getal];
            }

            return _anders.TryAdd(sleutel, positie) ? null : _anders[sleutel];
        }
    }

    /// <summary>Hands out a source's items and keeps its failure, to be rethrown after the results of the items before it.</summary>
    private sealed class Bronbewaking<T>(IEnumerable<T> bron)
    {
        public ExceptionDispatchInfo? Fout { get; private set; }

        public IEnumerable<T> Lees()
        {
            using var enumerator = bron.GetEnumerator();
            while (Volgende(enumerator))
            {
                yield return enumerator.Current;
            }
        }

        private bool Volgende(IEnumerator<T> enumerator)
        {
            try
            {
                return enumerator.MoveNext();
            }
#pragma warning disable CA1031 // Not swallowed: rethrown by the caller once the results before it are out.
            catch (Exception fout)
#pragma warning restore CA1031
            {
                Fout = ExceptionDispatchInfo.Capture(fout);
                return false;
            }
        }
    }

    /// <summary>What every session of one peildatum shares: the peildatum fact and the parameters in force.</summary>
    private sealed class Peilcontext(WlzRuleEngine engine, LocalDate peildatum)
    {
        private readonly Peildatum _peildatum = new(peildatum);
        private readonly ParametersOpPeildatum _parameters = engine.ParametersOp(peildatum);

        public IEnumerable<object> FeitenVan(Partitie partitie)
        {
            var afwijzing = engine._validator.Beoordeel(partitie.Dossier);
            if (partitie.InPopulatie)
            {
                // A repeat is never evaluated twice; its own failures, if any, are listed after the repeat.
                var herhaling = partitie.EerderePositie is { } eerder ? Herhaling(partitie.Dossier, eerder) : null;
                afwijzing = afwijzing is not null ? afwijzing.Met(herhaling, partitie.Volgnummer)
                    : herhaling is not null ? Afwijzing.Van(partitie.Dossier, herhaling, partitie.Volgnummer)
                    : null;
            }

            partitie.Afwijzing = afwijzing;
            return afwijzing is null ? Feiten(partitie.Dossier) : [];
        }

        private static Validatiefout Herhaling(Dossier dossier, long eerder) => new(
            Foutcodes.DossierDubbel,
            "Client",
            "ClientId",
            string.Create(CultureInfo.InvariantCulture, $"Dossier {dossier.GemaskeerdeSleutel}, Client, ClientId: repeats the key of the dossier at input position {eerder}; a cliënt is evaluated once per run."));

        private IEnumerable<object> Feiten(Dossier dossier) =>
            Sessiefeiten.Van(dossier, _peildatum, _parameters, engine._options.Zorgaanbieders);
    }

    /// <summary>Counts processed dossiers and reports progress every so many.</summary>
    private sealed class Voortgangsteller(IProgress<Evaluatievoortgang>? progress)
    {
        private const int Interval = 4_096;
        private long _verwerkt;
        private long _afgewezen;

        public Dossierresultaat Tel(Dossierresultaat resultaat)
        {
            _verwerkt++;
            if (resultaat.IsAfgewezen)
            {
                _afgewezen++;
            }

            if (_verwerkt % Interval == 0)
            {
                Rapporteer();
            }

            return resultaat;
        }

        public void Rapporteer() => progress?.Report(new Evaluatievoortgang(_verwerkt, _afgewezen));
    }

    /// <summary>Collects streamed results into an <see cref="Evaluatierapport"/>.</summary>
    private sealed class Rapportverzameling(LocalDate peildatum)
    {
        private readonly List<Signaal> _signalen = [];
        private readonly List<Afwijzing> _afwijzingen = [];
        private long _ingelezen;

        public void Voegtoe(Dossierresultaat resultaat)
        {
            _ingelezen++;
            if (resultaat.Afwijzing is { } afwijzing)
            {
                _afwijzingen.Add(afwijzing);
            }

            _signalen.AddRange(resultaat.Signalen);
        }

        public Evaluatierapport Rapport(Validatiemodus modus)
        {
            if (modus == Validatiemodus.Strikt && _afwijzingen.Count > 0)
            {
                throw new DossierValidatieException(_afwijzingen);
            }

            var tellers = new Evaluatietellers(_ingelezen, _ingelezen - _afwijzingen.Count, _afwijzingen.Count, _signalen.Count);
            return new Evaluatierapport(peildatum, _signalen, _afwijzingen, tellers);
        }
    }
}
