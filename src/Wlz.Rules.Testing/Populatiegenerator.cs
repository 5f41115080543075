using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Testing;

/// <summary>
/// Generates a synthetic, realistic population of dossiers and the zorgaanbieders they refer to, deterministically
/// from a seed: for benchmarks, bulk tests and demonstrations.
/// </summary>
/// <remarks>
/// <para>
/// <b>Deterministic and streaming.</b> Dossier <c>i</c> is derived from (<see cref="Seed"/>, <c>i</c>) alone; there is
/// no shared state. Each block of 16 consecutive dossiers draws from one <see cref="Random"/> seeded from (seed, block),
/// and a slice that starts inside a block replays the block's earlier dossiers, so the result never depends on where a
/// slice starts. <see cref="Dossiers()"/> generates lazily, so a population of
/// millions is never held in memory; any slice (<see cref="Dossiers(int, int)"/>) or single dossier
/// (<see cref="MaakDossier"/>) is reproducible, and generating slices in parallel gives the same dossiers as one
/// sequential pass. The same seed gives the same population on every run of the same .NET runtime.
/// </para>
/// <para>
/// <b>Valid.</b> Every generated dossier passes the dossier validator. BSNs are distinct synthetic 11-proef numbers
/// (<see cref="Testnummers"/>); toewijzing ids are <c>T1</c>, <c>T2</c>, … (unique within a dossier: combine them
/// with the cliënt key for a population-wide key).
/// </para>
/// <para><b>Proportions</b> (approximate; each cliënt gets one situation, then random details):</para>
/// <list type="table">
/// <listheader><term>Share</term><description>Situation of the cliënt on the peildatum</description></listheader>
/// <item><term>40%</term><description>In zorg: a toewijzing received 20 days–4 years ago with a MAZ (35% of Verblijf MAZs with a
/// sleuteldatum 1–14 days before the begindatum); 6% with a withdrawn earlier MAZ, 4% with a withdrawn MEZ ("MUT einde zorg ingetrokken").</description></item>
/// <item><term>15%</term><description>Recently received: ontvangen 0–20 days before the peildatum (around the 5/10-werkdagen deadlines);
/// 45% without MAZ or MUT, 35% with a MAZ, 20% with a MUT wachtstatus (a quarter of those with an AAT); 40% had an earlier toewijzing
/// at the same zorgaanbieder (so they are not new to it).</description></item>
/// <item><term>15%</term><description>Waiting: a MUT 18 with Urgent plaatsen (20%), Actief plaatsen (30%) or Wacht op voorkeur (20%),
/// or a MUT 12 with Wacht uit voorzorg (30%, of which 40% more than a year ago and half receiving other care meanwhile); 15% of the
/// waiting cliënten had a MAZ and a MEZ 20 (toewijzing aanhouden) instead; 20% have an earlier, withdrawn MUT. Classificaties
/// are drawn from the ones allowed with the status.</description></item>
/// <item><term>12%</term><description>Einddatum passed 0–40 days ago, with a MAZ and no MEZ: 50% with an aansluitende vervolgtoewijzing
/// (ingangsdatum = einddatum + 1), 15% with a vervolgtoewijzing after a gap of 2–10 days, 35% without; 20% with a withdrawn MEZ.</description></item>
/// <item><term>8%</term><description>Ended: MEZ 19 with the toewijzing withdrawn (uitstroom, 45%), MEZ 17 with an overplaatsing to
/// another zorgaanbieder (45%), or deceased without MEZ (10%).</description></item>
/// <item><term>6%</term><description>MPT shared by two zorgaanbieders (50/50 to 80/20), the first one coördinator zorg thuis; MAZs on 85%.</description></item>
/// <item><term>4%</term><description>Only an indicatie, no toewijzing.</description></item>
/// </list>
/// <para>
/// Indicaties: 78% without einddatum, 12% ending within 2 months after the peildatum, 10% ending later; an active toewijzing
/// ends with its indicatie. Sectors of cliënten: V&amp;V 55%, VG 20%, GGZ 9%, LG 6%, LVG 6%, ZG 4%. Leveringsvormen: Verblijf 55%,
/// MPT 18%, PGB 12%, VPT 9%, DTV 4%, VKB 2%. Soort: Regulier 92%, Overbrugging 5%, Administratief 3% (waiting cliënten Regulier).
/// About 4% of toewijzingen go to a zorgaanbieder not contracted for the zorgprofiel (instellingsvreemd).
/// </para>
/// <para>
/// Zorgaanbieders: the first six cover the six sectors, the rest are V&amp;V 45%, VG 20%, GGZ 12%, LG 8%, LVG 8%, ZG 7%. Each is
/// contracted for the zorgprofielen of its sector (each left out with 25% chance, at least one kept), 30% also for one or two
/// of another sector; 60% are toegelaten voor behandeling. AGB codes are <see cref="Testnummers.AgbCode(int)"/> of 1, 2, ….
/// </para>
/// <para>
/// <b>Rooms.</b> <see cref="Kamerdossiers()"/> generates <see cref="AantalKamerdossiers"/> room vacancies (one per
/// <see cref="ClientenPerKamerdossier"/> cliënten) at the V&amp;V zorgaanbieders of the register, for the mutatiedagen
/// rules (<c>engine.EvaluateKamer</c>). Room <c>k</c> depends on (<see cref="Seed"/>, <c>k</c>) alone and passes the
/// room validator. The departing cliënt is population cliënt <c>10·k</c>, the next one one of the nine after it (their
/// keys only: the room is not reconciled with their dossiers). Approximate shares (a mistake may force a choice). Departure: overlijden 70%, verhuizing naar een andere
/// zorgaanbieder 12%, interne verhuizing 18% (40% of those to another AGB code). Next: moved in 78% (vacancy of 1–5
/// days 20%, 6–14 days 55%, 15–30 days 25%; sleuteldatum known on 75%, within the 14 days before the intrek), only a
/// sleuteldatum yet 7%, still empty 15% (a provisional count up to the peildatum). The next cliënt comes from home 45%,
/// from another room of the zorgaanbieder 12% (35% of those from another AGB code), from elsewhere 43%. Lines: the
/// departing cliënt's ZP for its last month, the Z916/Z917 mutatiedagen split per calendar month (when a day is declarable:
/// declared for 95% of the moved-in rooms, 70% of the others; none at an interne verhuizing) and the next cliënt's ZP from the intrek.
/// Eight percent are tweepersoonskamers. Against the standard parameters and <c>MutatiedagenOpties.Standaard</c>,
/// 77.5% of the rooms are correct and 2.5% each carry one of nine mistakes, each caught by one check: more than 13
/// mutatiedagen, mutatiedagen through the intrek, from the last day, Z916/Z917 swapped, at an interne verhuizing, an
/// overlapping ZP line, the ZP from the sleuteldatum, a sleuteldatum on or before the last day, and a sleuteldatum more
/// than 14 days before the intrek.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var generator = new Populatiegenerator(aantalClienten: 100_000, aantalZorgaanbieders: 200, seed: 42, new LocalDate(2026, 5, 4));
/// foreach (var dossier in generator.Dossiers())
/// {
///     // evaluate, validate, …: dossiers are made one at a time
/// }
/// </code>
/// </example>
public sealed class Populatiegenerator
{
    /// <summary>The largest population: one synthetic BSN per cliënt.</summary>
    public const int MaxAantalClienten = Testnummers.MaxBsnVolgnummer + 1;

    /// <summary>The number of cliënten per generated room vacancy: <see cref="AantalKamerdossiers"/> is <see cref="AantalClienten"/> divided by it.</summary>
    public const int ClientenPerKamerdossier = 10;

    /// <summary>The largest number of zorgaanbieders.</summary>
    public const int MaxAantalZorgaanbieders = 100_000;

    private static readonly LocalDate VroegstePeildatum = new(1998, 1, 1);
    private static readonly LocalDate LaatstePeildatum = new(2190, 12, 31);

    private readonly Populatiemodel _model;
    private readonly Lazy<Kamermodel> _kamermodel;

    /// <summary>Initializes a new instance of the <see cref="Populatiegenerator"/> class and generates the register.</summary>
    /// <param name="aantalClienten">The number of cliënten (dossiers), 0 to <see cref="MaxAantalClienten"/>.</param>
    /// <param name="aantalZorgaanbieders">The number of zorgaanbieders, 1 to <see cref="MaxAantalZorgaanbieders"/>.</param>
    /// <param name="seed">The seed: the same seed gives the same population.</param>
    /// <param name="peildatum">The peildatum the dates are chosen around (1998-01-01 to 2190-12-31).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a number or the peildatum is out of range.</exception>
    public Populatiegenerator(int aantalClienten, int aantalZorgaanbieders, int seed, LocalDate peildatum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aantalClienten);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(aantalClienten, MaxAantalClienten);
        ArgumentOutOfRangeException.ThrowIfLessThan(aantalZorgaanbieders, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(aantalZorgaanbieders, MaxAantalZorgaanbieders);
        if (peildatum < VroegstePeildatum || peildatum > LaatstePeildatum)
        {
            throw new ArgumentOutOfRangeException(nameof(peildatum), peildatum, "The peildatum must lie between 1998-01-01 and 2190-12-31.");
        }

        AantalClienten = aantalClienten;
        AantalZorgaanbieders = aantalZorgaanbieders;
        Seed = seed;
        Peildatum = peildatum;
        _model = new Populatiemodel(aantalZorgaanbieders, seed, peildatum);
        Register = new Zorgaanbiederregister(_model.Zorgaanbieders);
        _kamermodel = new Lazy<Kamermodel>(() => new Kamermodel(_model));
    }

    /// <summary>Gets the number of cliënten (dossiers) in the population.</summary>
    public int AantalClienten { get; }

    /// <summary>Gets the number of zorgaanbieders in the register.</summary>
    public int AantalZorgaanbieders { get; }

    /// <summary>Gets the seed.</summary>
    public int Seed { get; }

    /// <summary>Gets the peildatum the dates are chosen around.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>Gets the register of the zorgaanbieders the toewijzingen refer to.</summary>
    public Zorgaanbiederregister Register { get; }

    /// <summary>Gets the number of room vacancies: <see cref="AantalClienten"/> / <see cref="ClientenPerKamerdossier"/>, rounded down.</summary>
    public int AantalKamerdossiers => AantalClienten / ClientenPerKamerdossier;

    /// <summary>Generates the whole population lazily, one dossier at a time.</summary>
    /// <returns>A lazy sequence of <see cref="AantalClienten"/> dossiers; each enumeration generates them afresh.</returns>
    public IEnumerable<Dossier> Dossiers() => Genereer(0, AantalClienten);

    /// <summary>Generates a slice of the population lazily.</summary>
    /// <param name="vanaf">The index of the first dossier.</param>
    /// <param name="aantal">The number of dossiers.</param>
    /// <returns>A lazy sequence of the dossiers <paramref name="vanaf"/> to <paramref name="vanaf"/> + <paramref name="aantal"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the slice does not lie within the population.</exception>
    public IEnumerable<Dossier> Dossiers(int vanaf, int aantal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vanaf);
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(aantal, AantalClienten - vanaf);
        return Genereer(vanaf, aantal);
    }

    /// <summary>Generates the dossier at <paramref name="index"/>: the same dossier every time.</summary>
    /// <param name="index">The index, 0 to <see cref="AantalClienten"/> − 1.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="index"/> lies outside the population.</exception>
    public Dossier MaakDossier(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, AantalClienten);
        return new DossierFabriek(_model).Maak(index);
    }

    /// <summary>Generates the room vacancies lazily, one at a time, for the mutatiedagen rules.</summary>
    /// <returns>A lazy sequence of <see cref="AantalKamerdossiers"/> room vacancies; each enumeration generates them afresh.</returns>
    public IEnumerable<Kamerdossier> Kamerdossiers() => GenereerKamers(0, AantalKamerdossiers);

    /// <summary>Generates a slice of the room vacancies lazily.</summary>
    /// <param name="vanaf">The index of the first room vacancy.</param>
    /// <param name="aantal">The number of room vacancies.</param>
    /// <returns>A lazy sequence of the room vacancies <paramref name="vanaf"/> to <paramref name="vanaf"/> + <paramref name="aantal"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the slice does not lie within <see cref="AantalKamerdossiers"/>.</exception>
    public IEnumerable<Kamerdossier> Kamerdossiers(int vanaf, int aantal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vanaf);
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(aantal, AantalKamerdossiers - vanaf);
        return GenereerKamers(vanaf, aantal);
    }

    /// <summary>Generates the room vacancy at <paramref name="index"/>: the same one every time.</summary>
    /// <param name="index">The index, 0 to <see cref="AantalKamerdossiers"/> − 1.</param>
    /// <returns>The room vacancy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="index"/> lies outside the room vacancies.</exception>
    public Kamerdossier MaakKamerdossier(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, AantalKamerdossiers);
        return new Kamerfabriek(_kamermodel.Value).Maak(index);
    }

    private IEnumerable<Kamerdossier> GenereerKamers(int vanaf, int aantal)
    {
        var fabriek = new Kamerfabriek(_kamermodel.Value);
        var tot = vanaf + aantal;
        for (var i = vanaf; i < tot; i++)
        {
            yield return fabriek.Maak(i);
        }
    }

    private IEnumerable<Dossier> Genereer(int vanaf, int aantal)
    {
        var fabriek = new DossierFabriek(_model);
        var tot = vanaf + aantal;
        for (var i = vanaf; i < tot; i++)
        {
            yield return fabriek.Maak(i);
        }
    }
}
