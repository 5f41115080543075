using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds a <see cref="Maz"/> (melding aanvang zorg, AW35); used through <see cref="DossierBuilder.MetMaz"/>.</summary>
/// <remarks>
/// Immutable: every method returns a new builder. Defaults: on the toewijzing added last before the MAZ, begindatum
/// the ingangsdatum of that toewijzing, no sleuteldatum, no behandeling, eerste aanlevering.
/// </remarks>
public sealed class MazBuilder
{
    private string? _toewijzingId;
    private LocalDate? _begindatum;
    private LocalDate? _sleuteldatum;
    private int? _sleuteldagenVoorBegin;
    private bool _behandeling;
    private StatusAanlevering _statusAanlevering = StatusAanlevering.EersteAanlevering;

    internal MazBuilder()
    {
    }

    internal string? GekozenToewijzingId => _toewijzingId;

    /// <summary>Returns a builder for a MAZ on the toewijzing with the given id instead of the last added one.</summary>
    /// <param name="toewijzingId">The id (it need not exist, so a test can build a dangling reference).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="toewijzingId"/> is <see langword="null"/>.</exception>
    public MazBuilder OpToewijzing(string toewijzingId)
    {
        ArgumentNullException.ThrowIfNull(toewijzingId);
        return Kopie(b => b._toewijzingId = toewijzingId);
    }

    /// <summary>Returns a builder with the given begindatum.</summary>
    /// <param name="begindatum">The first day of care.</param>
    /// <returns>A new builder.</returns>
    public MazBuilder Begin(LocalDate begindatum) => Kopie(b => b._begindatum = begindatum);

    /// <summary>Returns a builder with the given begindatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public MazBuilder Begin(int jaar, int maand, int dag) => Begin(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder with the given sleuteldatum.</summary>
    /// <param name="sleuteldatum">The date the room became available (valid: before the begindatum, at most 14 days).</param>
    /// <returns>A new builder.</returns>
    public MazBuilder Sleutel(LocalDate sleuteldatum) => Kopie(b => (b._sleuteldatum, b._sleuteldagenVoorBegin) = (sleuteldatum, null));

    /// <summary>Returns a builder with the given sleuteldatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public MazBuilder Sleutel(int jaar, int maand, int dag) => Sleutel(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder whose sleuteldatum lies the given number of days before the begindatum.</summary>
    /// <param name="dagen">The number of days (valid: 1–14, and not before the ingangsdatum of the toewijzing).</param>
    /// <returns>A new builder.</returns>
    public MazBuilder SleutelDagenVoorBegin(int dagen) => Kopie(b => (b._sleuteldatum, b._sleuteldagenVoorBegin) = (null, dagen));

    /// <summary>Returns a builder for a MAZ with (or without) behandeling.</summary>
    /// <param name="behandeling">Whether the care includes behandeling.</param>
    /// <returns>A new builder.</returns>
    public MazBuilder MetBehandeling(bool behandeling = true) => Kopie(b => b._behandeling = behandeling);

    /// <summary>Returns a builder for a MAZ the zorgaanbieder withdrew (status aanlevering verwijderen).</summary>
    /// <returns>A new builder.</returns>
    public MazBuilder Verwijderd() => Kopie(b => b._statusAanlevering = StatusAanlevering.Verwijderd);

    internal Maz Bouw(string toewijzingId, Zorgtoewijzing? toewijzing, LocalDate peildatum)
    {
        var begindatum = _begindatum ?? toewijzing?.Ingangsdatum ?? peildatum;
        var sleuteldatum = _sleuteldatum ?? (_sleuteldagenVoorBegin is { } dagen ? begindatum.PlusDays(-dagen) : null);
        return new Maz
        {
            ToewijzingId = toewijzingId,
            Begindatum = begindatum,
            Sleuteldatum = sleuteldatum,
            Behandeling = _behandeling,
            StatusAanlevering = _statusAanlevering,
        };
    }

    private MazBuilder Kopie(Action<MazBuilder> wijzig)
    {
        var kopie = (MazBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
