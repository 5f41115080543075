using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds an <see cref="Aat"/> (aanvraag aangepaste zorgtoewijzing); used through <see cref="DossierBuilder.MetAat"/>.</summary>
/// <remarks>
/// Immutable: every method returns a new builder. Defaults: on the toewijzing added last before the AAT, received on
/// the ontvangstdatum of that toewijzing, asking for its zorgprofiel, leveringsvorm and ingangsdatum, no einddatum.
/// </remarks>
public sealed class AatBuilder
{
    private string? _toewijzingId;
    private LocalDate? _ontvangstdatum;
    private Zorgprofiel? _zorgprofiel;
    private Leveringsvorm? _leveringsvorm;
    private LocalDate? _ingangsdatum;
    private LocalDate? _einddatum;
    private StatusAanlevering _statusAanlevering = StatusAanlevering.EersteAanlevering;

    internal AatBuilder()
    {
    }

    internal string? GekozenToewijzingId => _toewijzingId;

    /// <summary>Returns a builder for an AAT on the toewijzing with the given id instead of the last added one.</summary>
    /// <param name="toewijzingId">The id (it need not exist, so a test can build a dangling reference).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="toewijzingId"/> is <see langword="null"/>.</exception>
    public AatBuilder OpToewijzing(string toewijzingId)
    {
        ArgumentNullException.ThrowIfNull(toewijzingId);
        return Kopie(b => b._toewijzingId = toewijzingId);
    }

    /// <summary>Returns a builder with the date the zorgkantoor received the aanvraag.</summary>
    /// <param name="ontvangstdatum">The ontvangstdatum.</param>
    /// <returns>A new builder.</returns>
    public AatBuilder Ontvangen(LocalDate ontvangstdatum) => Kopie(b => b._ontvangstdatum = ontvangstdatum);

    /// <summary>Returns a builder with the date the zorgkantoor received the aanvraag.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public AatBuilder Ontvangen(int jaar, int maand, int dag) => Ontvangen(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder asking for the given zorgprofiel.</summary>
    /// <param name="weergave">The display name of the zorgprofiel, e.g. <c>4VV</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="weergave"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when no zorgprofiel has that display name.</exception>
    public AatBuilder Profiel(string weergave)
    {
        var zorgprofiel = Bouwhulp.Zorgprofiel(weergave);
        return Kopie(b => b._zorgprofiel = zorgprofiel);
    }

    /// <summary>Returns a builder asking for the given leveringsvorm.</summary>
    /// <param name="leveringsvorm">The leveringsvorm.</param>
    /// <returns>A new builder.</returns>
    public AatBuilder Leveringsvorm(Leveringsvorm leveringsvorm) => Kopie(b => b._leveringsvorm = leveringsvorm);

    /// <summary>Returns a builder asking for the given ingangsdatum.</summary>
    /// <param name="ingangsdatum">The requested ingangsdatum.</param>
    /// <returns>A new builder.</returns>
    public AatBuilder Ingang(LocalDate ingangsdatum) => Kopie(b => b._ingangsdatum = ingangsdatum);

    /// <summary>Returns a builder asking for the given einddatum.</summary>
    /// <param name="einddatum">The requested einddatum, or <see langword="null"/> for none.</param>
    /// <returns>A new builder.</returns>
    public AatBuilder Einde(LocalDate? einddatum) => Kopie(b => b._einddatum = einddatum);

    /// <summary>Returns a builder for an aanvraag that was withdrawn (status aanlevering verwijderen).</summary>
    /// <returns>A new builder.</returns>
    public AatBuilder Verwijderd() => Kopie(b => b._statusAanlevering = StatusAanlevering.Verwijderd);

    internal Aat Bouw(string toewijzingId, Zorgtoewijzing? toewijzing, LocalDate peildatum) => new()
    {
        ToewijzingId = toewijzingId,
        Ontvangstdatum = _ontvangstdatum ?? toewijzing?.EffectieveOntvangstdatum ?? peildatum,
        Zorgprofiel = _zorgprofiel ?? toewijzing?.Zorgprofiel ?? Dossiers.StandaardZorgprofiel,
        Leveringsvorm = _leveringsvorm ?? toewijzing?.Leveringsvorm ?? Model.Leveringsvorm.Mpt,
        Ingangsdatum = _ingangsdatum ?? toewijzing?.Ingangsdatum ?? peildatum,
        Einddatum = _einddatum,
        StatusAanlevering = _statusAanlevering,
    };

    private AatBuilder Kopie(Action<AatBuilder> wijzig)
    {
        var kopie = (AatBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
