using System.Collections.Immutable;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>
/// Builds a <see cref="Dossier"/> for a unit test, stating only what matters; start with <see cref="Dossiers.ADossier()"/>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every <c>Met…</c> call returns a new builder. Defaults are resolved in <see cref="Build"/>, so they follow
/// what the test did set (e.g. the default indicatie takes the zorgprofiel of the first toewijzing).
/// </para>
/// <para>
/// A MAZ, mutatie or AAT attaches to the toewijzing added last before it, unless it names another with
/// <c>OpToewijzing(id)</c>; when the dossier has no toewijzing yet, a default toewijzing is added first. Without
/// <see cref="MetIndicatie"/> the dossier gets one default indicatie, unless <see cref="ZonderIndicatie"/> is called.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var dossier = Dossiers.ADossier()
///     .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(2026, 4, 29))
///     .MetMaz(m => m.Begin(2026, 5, 1))
///     .Build();
/// </code>
/// </example>
public sealed class DossierBuilder
{
    private ClientBuilder _client = new();
    private ImmutableList<IndicatieBuilder> _indicaties = [];
    private bool _zonderIndicatie;
    private ImmutableList<Gekoppeld<ToewijzingBuilder>> _toewijzingen = [];
    private ImmutableList<Gekoppeld<MazBuilder>> _mazen = [];
    private ImmutableList<Gekoppeld<MutatieBuilder>> _mutaties = [];
    private ImmutableList<Gekoppeld<AatBuilder>> _aats = [];

    internal DossierBuilder(LocalDate peildatum)
    {
        Peildatum = peildatum;
    }

    /// <summary>Gets the peildatum the default dates are chosen around.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>Returns a builder whose cliënt is configured by <paramref name="configureer"/>.</summary>
    /// <param name="configureer">Configures the cliënt, e.g. <c>c =&gt; c.Bsn("999990019").Geboren(1940, 1, 1)</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="configureer"/> is <see langword="null"/>.</exception>
    public DossierBuilder MetClient(Func<ClientBuilder, ClientBuilder> configureer)
    {
        ArgumentNullException.ThrowIfNull(configureer);
        var client = configureer(_client) ?? throw new ArgumentException("The configuration returned no builder.", nameof(configureer));
        return Kopie(b => b._client = client);
    }

    /// <summary>Returns a builder whose cliënt has the given BSN.</summary>
    /// <param name="bsn">The BSN as text (not checked here).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bsn"/> is <see langword="null"/>.</exception>
    public DossierBuilder MetBsn(string bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        return MetClient(c => c.Bsn(bsn));
    }

    /// <summary>Returns a builder with one more indicatie.</summary>
    /// <param name="configureer">Configures the indicatie, or <see langword="null"/> for the defaults.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder MetIndicatie(Func<IndicatieBuilder, IndicatieBuilder>? configureer = null)
    {
        var indicatie = Configureer(new IndicatieBuilder(), configureer);
        return Kopie(b => b._indicaties = b._indicaties.Add(indicatie));
    }

    /// <summary>Returns a builder for a dossier without any indicatie (no default indicatie is added).</summary>
    /// <returns>A new builder.</returns>
    public DossierBuilder ZonderIndicatie() => Kopie(b => (b._indicaties, b._zonderIndicatie) = ([], true));

    /// <summary>Returns a builder with one more toewijzing, based on the indicatie added last before it.</summary>
    /// <param name="configureer">Configures the toewijzing, or <see langword="null"/> for the defaults.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder MetToewijzing(Func<ToewijzingBuilder, ToewijzingBuilder>? configureer = null)
    {
        var toewijzing = Configureer(new ToewijzingBuilder(), configureer);
        return Kopie(b => b._toewijzingen = b._toewijzingen.Add(new(toewijzing, b._indicaties.Count - 1)));
    }

    /// <summary>Returns a builder with one more MAZ, on the toewijzing added last (a default toewijzing is added when there is none).</summary>
    /// <param name="configureer">Configures the MAZ, or <see langword="null"/> for the defaults.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder MetMaz(Func<MazBuilder, MazBuilder>? configureer = null)
    {
        var maz = Configureer(new MazBuilder(), configureer);
        var basis = MetToewijzingAlsNodig(maz.GekozenToewijzingId);
        return basis.Kopie(b => b._mazen = b._mazen.Add(new(maz, b._toewijzingen.Count - 1)));
    }

    /// <summary>Returns a builder with one more mutatie (MUT or MEZ), on the toewijzing added last (a default toewijzing is added when there is none).</summary>
    /// <param name="configureer">Configures the mutatie, or <see langword="null"/> for the defaults (a MUT 18 with Actief plaatsen).</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder MetMutatie(Func<MutatieBuilder, MutatieBuilder>? configureer = null)
    {
        var mutatie = Configureer(new MutatieBuilder(), configureer);
        var basis = MetToewijzingAlsNodig(mutatie.GekozenToewijzingId);
        return basis.Kopie(b => b._mutaties = b._mutaties.Add(new(mutatie, b._toewijzingen.Count - 1)));
    }

    /// <summary>Returns a builder with one more AAT, on the toewijzing added last (a default toewijzing is added when there is none).</summary>
    /// <param name="configureer">Configures the AAT, or <see langword="null"/> for the defaults.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder MetAat(Func<AatBuilder, AatBuilder>? configureer = null)
    {
        var aat = Configureer(new AatBuilder(), configureer);
        var basis = MetToewijzingAlsNodig(aat.GekozenToewijzingId);
        return basis.Kopie(b => b._aats = b._aats.Add(new(aat, b._toewijzingen.Count - 1)));
    }

    /// <summary>Builds the dossier.</summary>
    /// <returns>A new dossier; building twice gives equal, separate dossiers.</returns>
    public Dossier Build()
    {
        var client = _client.Build();
        var indicaties = BouwIndicaties();
        var toewijzingen = new List<Zorgtoewijzing>(_toewijzingen.Count);
        foreach (var (builder, indicatieIndex) in _toewijzingen)
        {
            var indicatie = indicatieIndex >= 0 ? indicaties[indicatieIndex] : indicaties.LastOrDefault();
            toewijzingen.Add(builder.Bouw(Peildatum, client.ClientId, indicatie));
        }

        var mazen = new List<Maz>(_mazen.Count);
        foreach (var (builder, index) in _mazen)
        {
            var (id, toewijzing) = Doel(builder.GekozenToewijzingId, index, toewijzingen);
            mazen.Add(builder.Bouw(id, toewijzing, Peildatum));
        }

        var mutaties = new List<Mutatie>(_mutaties.Count);
        foreach (var (builder, index) in _mutaties)
        {
            var (id, toewijzing) = Doel(builder.GekozenToewijzingId, index, toewijzingen);
            mutaties.Add(builder.Bouw(id, toewijzing, mazen, Peildatum));
        }

        var aats = new List<Aat>(_aats.Count);
        foreach (var (builder, index) in _aats)
        {
            var (id, toewijzing) = Doel(builder.GekozenToewijzingId, index, toewijzingen);
            aats.Add(builder.Bouw(id, toewijzing, Peildatum));
        }

        return new Dossier
        {
            Client = client,
            Indicaties = indicaties,
            Zorgtoewijzingen = toewijzingen,
            Mazen = mazen,
            Mutaties = mutaties,
            Aats = aats,
        };
    }

    private static T Configureer<T>(T builder, Func<T, T>? configureer)
        where T : class =>
        configureer is null ? builder : configureer(builder) ?? throw new ArgumentException("The configuration returned no builder.", nameof(configureer));

    private static (string Id, Zorgtoewijzing? Toewijzing) Doel(string? gekozenId, int index, List<Zorgtoewijzing> toewijzingen)
    {
        if (gekozenId is null)
        {
            return (toewijzingen[index].Id, toewijzingen[index]);
        }

        return (gekozenId, toewijzingen.Find(t => string.Equals(t.Id, gekozenId, StringComparison.Ordinal)));
    }

    private List<Indicatie> BouwIndicaties()
    {
        if (_zonderIndicatie)
        {
            return [];
        }

        LocalDate? vroegsteToewijzing = null;
        foreach (var (builder, _) in _toewijzingen)
        {
            var ingang = builder.BepaalIngangsdatum(Peildatum);
            vroegsteToewijzing = vroegsteToewijzing is { } v ? Bouwhulp.Min(v, ingang) : ingang;
        }

        if (_indicaties.IsEmpty)
        {
            var profiel = _toewijzingen.IsEmpty ? null : _toewijzingen[0].Builder.GekozenZorgprofiel;
            return [new IndicatieBuilder().Bouw(Peildatum, 0, profiel, vroegsteToewijzing)];
        }

        var indicaties = new List<Indicatie>(_indicaties.Count);
        for (var i = 0; i < _indicaties.Count; i++)
        {
            indicaties.Add(_indicaties[i].Bouw(Peildatum, i, null, vroegsteToewijzing));
        }

        return indicaties;
    }

    private DossierBuilder MetToewijzingAlsNodig(string? gekozenToewijzingId) =>
        _toewijzingen.IsEmpty && gekozenToewijzingId is null ? MetToewijzing() : this;

    private DossierBuilder Kopie(Action<DossierBuilder> wijzig)
    {
        var kopie = (DossierBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }

    private readonly record struct Gekoppeld<T>(T Builder, int Index);
}
