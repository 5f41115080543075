using System.Runtime.CompilerServices;
using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Engine.Bulk;
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
/// </remarks>
public sealed class WlzRuleEngine
{
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
    /// <exception cref="RuleCompilationException">Thrown when a rule cannot be compiled.</exception>
    public WlzRuleEngine(WlzRulesOptions options, IServiceProvider? services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Kalender, "options.Kalender");
        ArgumentNullException.ThrowIfNull(options.Parameters, "options.Parameters");
        ArgumentNullException.ThrowIfNull(options.Zorgaanbieders, "options.Zorgaanbieders");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, "options.MaxDegreeOfParallelism");
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

    /// <summary>Validates and evaluates one dossier on a peildatum.</summary>
    /// <param name="dossier">The cliënt's dossier.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The signals, or the rejection when the dossier is invalid (in <see cref="Validatiemodus.Soepel"/>).</returns>
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when the dossier is invalid.</exception>
    public Dossierresultaat Evaluate(Dossier dossier, LocalDate peildatum)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var context = new Peilcontext(this, peildatum);
        var partitie = new Partitie(0, dossier);
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
    public IEnumerable<Dossierresultaat> EvaluateStream(
        IEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var context = new Peilcontext(this, peildatum);
        var partities = dossiers.Select((dossier, index) => new Partitie(index, dossier ?? throw new ArgumentException($"Dossier {index} in the input is null.", nameof(dossiers))));
        var teller = new Voortgangsteller(progress);
        if (_factory is null)
        {
            foreach (var uitkomst in RunNRules(partities, context, cancellationToken))
            {
                yield return teller.Tel(uitkomst);
            }
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

    /// <summary>Asynchronous counterpart of <see cref="EvaluateStream"/> for an asynchronous source of dossiers.</summary>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress after each window of dossiers, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>One result per input dossier, in input order.</returns>
    public async IAsyncEnumerable<Dossierresultaat> EvaluateStreamAsync(
        IAsyncEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
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

    /// <summary>Validates and evaluates a population and collects the report: lists per zorgaanbieder, rejections and counts.</summary>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when any dossier is invalid; lists them all.</exception>
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
    /// <exception cref="DossierValidatieException">Thrown in <see cref="Validatiemodus.Strikt"/> when any dossier is invalid; lists them all.</exception>
    public async Task<Evaluatierapport> EvaluateAllAsync(
        IAsyncEnumerable<Dossier> dossiers, LocalDate peildatum, IProgress<Evaluatievoortgang>? progress = null, CancellationToken cancellationToken = default)
    {
        var verzameling = new Rapportverzameling(peildatum);
        await foreach (var resultaat in EvaluateStreamAsync(dossiers, peildatum, progress, cancellationToken).ConfigureAwait(false))
        {
            verzameling.Voegtoe(resultaat);
        }

        return verzameling.Rapport(_options.Validatiemodus);
    }

    /// <summary>
    /// Runs the rules over any set of facts (e.g. a room or a zorgaanbieder's offer, for rule sets that are not per
    /// cliënt), with the peildatum and the parameters in force added, and returns the signals.
    /// </summary>
    /// <param name="feiten">The facts of one partition.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The signals in the engine's deterministic order.</returns>
    public IReadOnlyList<Signaal> EvaluateFeiten(IEnumerable<object> feiten, LocalDate peildatum)
    {
        ArgumentNullException.ThrowIfNull(feiten);
        object[] peilfeiten = [new Peildatum(peildatum), ParametersOp(peildatum)];
        return Run(peilfeiten.Concat(feiten), -1);
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
        if (laatste is not null && laatste.Peildatum == peildatum)
        {
            return laatste;
        }

        laatste = _options.Parameters.OpPeildatum(peildatum);
        Volatile.Write(ref _laatsteParameters, laatste);
        return laatste;
    }

    private static async IAsyncEnumerable<Partitie> Nummer(IAsyncEnumerable<Dossier> dossiers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var dossier in dossiers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new Partitie(index, dossier ?? throw new ArgumentException($"Dossier {index} in the input is null.", nameof(dossiers)));
            index++;
        }
    }

    private static Dossierresultaat Uitkomst(Partitie partitie, IReadOnlyList<Signaal>? signalen) =>
        new(partitie.Volgnummer, partitie.Dossier, signalen ?? [], partitie.Afwijzing);

    private BulkOptions BulkOpties(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

    /// <summary>One input dossier on its way through the bulk path; validated on the worker thread.</summary>
    private sealed class Partitie(long volgnummer, Dossier dossier)
    {
        public long Volgnummer { get; } = volgnummer;

        public Dossier Dossier { get; } = dossier;

        public Afwijzing? Afwijzing { get; set; }
    }

    /// <summary>What every session of one peildatum shares: the peildatum fact and the parameters in force.</summary>
    private sealed class Peilcontext(WlzRuleEngine engine, LocalDate peildatum)
    {
        private readonly Peildatum _peildatum = new(peildatum);
        private readonly ParametersOpPeildatum _parameters = engine.ParametersOp(peildatum);

        public IEnumerable<object> FeitenVan(Partitie partitie)
        {
            partitie.Afwijzing = engine._validator.Beoordeel(partitie.Dossier);
            return partitie.Afwijzing is null ? Feiten(partitie.Dossier) : [];
        }

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
