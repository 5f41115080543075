using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds a <see cref="Zorgtoewijzing"/>; used through <see cref="DossierBuilder.MetToewijzing"/>.</summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Defaults, resolved when the dossier is built:</para>
/// <list type="bullet">
/// <item>besluitnummer and zorgprofiel of the indicatie added last before the toewijzing (or of the default indicatie);</item>
/// <item>zorgaanbieder <see cref="Dossiers.StandaardAgbCode"/>, soort Regulier, leveringsvorm Verblijf, 100 percent;</item>
/// <item>ingangsdatum: the toewijzingsdatum or ontvangstdatum when given, else one week before the peildatum;
/// (one year before the einddatum when only an einddatum before that is given);
/// toewijzingsdatum: the ingangsdatum, or the ontvangstdatum when that is earlier; ontvangstdatum: the toewijzingsdatum;</item>
/// <item>no einddatum, not withdrawn, no dossierhouder or coördinator zorg thuis role;</item>
/// <item>id: the computed iWlz key (<see cref="Zorgtoewijzing.BerekenSleutel"/>).</item>
/// </list>
/// </remarks>
public sealed class ToewijzingBuilder
{
    private string? _id;
    private string? _besluitnummer;
    private Zorgprofiel? _zorgprofiel;
    private AgbCode? _zorgaanbieder;
    private SoortToewijzing _soort = SoortToewijzing.Regulier;
    private Leveringsvorm _leveringsvorm = Model.Leveringsvorm.Verblijf;
    private decimal _percentage = 100m;
    private LocalDate? _toewijzingsdatum;
    private LocalDate? _ontvangstdatum;
    private bool _zonderOntvangstdatum;
    private LocalDate? _ingangsdatum;
    private LocalDate? _einddatum;
    private RedenIntrekking? _redenIntrekking;
    private bool _dossierhouder;
    private bool _coordinatorZorgThuis;

    internal ToewijzingBuilder()
    {
    }

    internal Zorgprofiel? GekozenZorgprofiel => _zorgprofiel;

    /// <summary>Returns a builder with an explicit id instead of the computed iWlz key.</summary>
    /// <param name="id">The id that MAZ, MUT and AAT facts refer to.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Id(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Kopie(b => b._id = id);
    }

    /// <summary>Returns a builder with the given besluitnummer.</summary>
    /// <param name="besluitnummer">The besluitnummer (not checked here).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="besluitnummer"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Besluitnummer(string besluitnummer)
    {
        ArgumentNullException.ThrowIfNull(besluitnummer);
        return Kopie(b => b._besluitnummer = besluitnummer);
    }

    /// <summary>Returns a builder with the given zorgprofiel.</summary>
    /// <param name="weergave">The display name of the zorgprofiel, e.g. <c>4VV</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="weergave"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when no zorgprofiel has that display name.</exception>
    public ToewijzingBuilder Profiel(string weergave) => Profiel(Bouwhulp.Zorgprofiel(weergave));

    /// <summary>Returns a builder with the given zorgprofiel.</summary>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgprofiel"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Profiel(Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return Kopie(b => b._zorgprofiel = zorgprofiel);
    }

    /// <summary>Returns a builder for a toewijzing at the given zorgaanbieder.</summary>
    /// <param name="agbCode">The iWlz-AGB-code; it is not checked here, so a test can build a malformed one.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="agbCode"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Zorgaanbieder(string agbCode)
    {
        ArgumentNullException.ThrowIfNull(agbCode);
        return Zorgaanbieder(new AgbCode(agbCode));
    }

    /// <summary>Returns a builder for a toewijzing at the given zorgaanbieder.</summary>
    /// <param name="agbCode">The iWlz-AGB-code.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="agbCode"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Zorgaanbieder(AgbCode agbCode)
    {
        ArgumentNullException.ThrowIfNull(agbCode);
        return Kopie(b => b._zorgaanbieder = agbCode);
    }

    /// <summary>Returns a builder for a toewijzing at the given zorgaanbieder.</summary>
    /// <param name="zorgaanbieder">The zorgaanbieder, e.g. from a register built with <see cref="ZorgaanbiederregisterBuilder"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgaanbieder"/> is <see langword="null"/>.</exception>
    public ToewijzingBuilder Zorgaanbieder(Model.Zorgaanbieder zorgaanbieder)
    {
        ArgumentNullException.ThrowIfNull(zorgaanbieder);
        return Zorgaanbieder(zorgaanbieder.AgbCode);
    }

    /// <summary>Returns a builder with the given soort.</summary>
    /// <param name="soort">Regulier, overbrugging or administratief.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Soort(SoortToewijzing soort) => Kopie(b => b._soort = soort);

    /// <summary>Returns a builder with the given leveringsvorm.</summary>
    /// <param name="leveringsvorm">The leveringsvorm.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Leveringsvorm(Leveringsvorm leveringsvorm) => Kopie(b => b._leveringsvorm = leveringsvorm);

    /// <summary>Returns a builder with the given percentage.</summary>
    /// <param name="percentage">The share in percent (valid: whole percents 1–100).</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Percentage(decimal percentage) => Kopie(b => b._percentage = percentage);

    /// <summary>Returns a builder with the given toewijzingsdatum.</summary>
    /// <param name="toewijzingsdatum">The date the zorgkantoor fixed the toewijzing.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Toegewezen(LocalDate toewijzingsdatum) => Kopie(b => b._toewijzingsdatum = toewijzingsdatum);

    /// <summary>Returns a builder with the given toewijzingsdatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Toegewezen(int jaar, int maand, int dag) => Toegewezen(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder with the date the zorgaanbieder received the toewijzing.</summary>
    /// <param name="ontvangstdatum">The ontvangstdatum.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Ontvangen(LocalDate ontvangstdatum) => Kopie(b => (b._ontvangstdatum, b._zonderOntvangstdatum) = (ontvangstdatum, false));

    /// <summary>Returns a builder with the date the zorgaanbieder received the toewijzing.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Ontvangen(int jaar, int maand, int dag) => Ontvangen(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder for a toewijzing whose ontvangstdatum is unknown (the termijn then counts from the toewijzingsdatum).</summary>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder ZonderOntvangstdatum() => Kopie(b => (b._ontvangstdatum, b._zonderOntvangstdatum) = (null, true));

    /// <summary>Returns a builder with the given ingangsdatum.</summary>
    /// <param name="ingangsdatum">The first day of the toewijzing.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Ingang(LocalDate ingangsdatum) => Kopie(b => b._ingangsdatum = ingangsdatum);

    /// <summary>Returns a builder with the given ingangsdatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Ingang(int jaar, int maand, int dag) => Ingang(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder with the given einddatum.</summary>
    /// <param name="einddatum">The last day of the toewijzing (inclusive), or <see langword="null"/> for an open-ended toewijzing.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Einde(LocalDate? einddatum) => Kopie(b => b._einddatum = einddatum);

    /// <summary>Returns a builder with the given einddatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Einde(int jaar, int maand, int dag) => Einde(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder for a toewijzing the zorgkantoor withdrew.</summary>
    /// <param name="reden">The reden intrekking.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Ingetrokken(RedenIntrekking reden) => Kopie(b => b._redenIntrekking = reden);

    /// <summary>Returns a builder for a toewijzing whose zorgaanbieder is (or is not) the dossierhouder.</summary>
    /// <param name="isDossierhouder">Whether the zorgaanbieder is the dossierhouder.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder Dossierhouder(bool isDossierhouder = true) => Kopie(b => b._dossierhouder = isDossierhouder);

    /// <summary>Returns a builder for a toewijzing whose zorgaanbieder is (or is not) the coördinator zorg thuis.</summary>
    /// <param name="isCoordinatorZorgThuis">Whether the zorgaanbieder is the coördinator zorg thuis.</param>
    /// <returns>A new builder.</returns>
    public ToewijzingBuilder CoordinatorZorgThuis(bool isCoordinatorZorgThuis = true) => Kopie(b => b._coordinatorZorgThuis = isCoordinatorZorgThuis);

    internal LocalDate BepaalIngangsdatum(LocalDate peildatum)
    {
        if ((_ingangsdatum ?? _toewijzingsdatum ?? _ontvangstdatum) is { } gegeven)
        {
            return gegeven;
        }

        var standaard = peildatum.PlusDays(-7);
        return _einddatum is { } einde && einde < standaard ? einde.PlusYears(-1) : standaard;
    }

    internal Zorgtoewijzing Bouw(LocalDate peildatum, string clientSleutel, Indicatie? indicatie)
    {
        var ingangsdatum = BepaalIngangsdatum(peildatum);
        var toewijzingsdatum = _toewijzingsdatum ?? Bouwhulp.Min(ingangsdatum, _ontvangstdatum ?? ingangsdatum);
        var ontvangstdatum = _zonderOntvangstdatum ? (LocalDate?)null : _ontvangstdatum ?? toewijzingsdatum;
        var besluitnummer = _besluitnummer ?? indicatie?.Besluitnummer ?? Dossiers.StandaardBesluitnummer;
        var zorgprofiel = _zorgprofiel ?? indicatie?.Zorgprofiel ?? Dossiers.StandaardZorgprofiel;
        var zorgaanbieder = _zorgaanbieder ?? Dossiers.StandaardAgbCode;
        return new Zorgtoewijzing
        {
            Id = _id ?? Zorgtoewijzing.BerekenSleutel(besluitnummer, zorgprofiel, zorgaanbieder, ingangsdatum),
            Besluitnummer = besluitnummer,
            Zorgprofiel = zorgprofiel,
            Zorgaanbieder = zorgaanbieder,
            Soort = _soort,
            Leveringsvorm = _leveringsvorm,
            Percentage = _percentage,
            Toewijzingsdatum = toewijzingsdatum,
            Ontvangstdatum = ontvangstdatum,
            Ingangsdatum = ingangsdatum,
            Einddatum = _einddatum,
            RedenIntrekking = _redenIntrekking,
            IsDossierhouder = _dossierhouder,
            IsCoordinatorZorgThuis = _coordinatorZorgThuis,
        };
    }

    private ToewijzingBuilder Kopie(Action<ToewijzingBuilder> wijzig)
    {
        var kopie = (ToewijzingBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
