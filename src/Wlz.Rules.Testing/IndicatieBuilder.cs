using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds an <see cref="Indicatie"/>; used through <see cref="DossierBuilder.MetIndicatie"/>.</summary>
/// <remarks>
/// Immutable: every method returns a new builder. Defaults: besluitnummer <see cref="Dossiers.StandaardBesluitnummer"/>
/// (a second indicatie gets the next number), zorgprofiel <see cref="Dossiers.StandaardZorgprofiel"/>, ingangsdatum one
/// year before the peildatum, no einddatum.
/// </remarks>
public sealed class IndicatieBuilder
{
    private string? _besluitnummer;
    private Zorgprofiel? _zorgprofiel;
    private LocalDate? _ingangsdatum;
    private LocalDate? _einddatum;

    internal IndicatieBuilder()
    {
    }

    internal Zorgprofiel? GekozenZorgprofiel => _zorgprofiel;

    /// <summary>Returns a builder with the given besluitnummer.</summary>
    /// <param name="besluitnummer">The besluitnummer (not checked here).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="besluitnummer"/> is <see langword="null"/>.</exception>
    public IndicatieBuilder Besluitnummer(string besluitnummer)
    {
        ArgumentNullException.ThrowIfNull(besluitnummer);
        return Kopie(b => b._besluitnummer = besluitnummer);
    }

    /// <summary>Returns a builder with the given zorgprofiel.</summary>
    /// <param name="weergave">The display name of the zorgprofiel, e.g. <c>4VV</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="weergave"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when no zorgprofiel has that display name.</exception>
    public IndicatieBuilder Profiel(string weergave) => Profiel(Bouwhulp.Zorgprofiel(weergave));

    /// <summary>Returns a builder with the given zorgprofiel.</summary>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgprofiel"/> is <see langword="null"/>.</exception>
    public IndicatieBuilder Profiel(Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return Kopie(b => b._zorgprofiel = zorgprofiel);
    }

    /// <summary>Returns a builder with the given ingangsdatum.</summary>
    /// <param name="ingangsdatum">The first day of the indicatie.</param>
    /// <returns>A new builder.</returns>
    public IndicatieBuilder Ingang(LocalDate ingangsdatum) => Kopie(b => b._ingangsdatum = ingangsdatum);

    /// <summary>Returns a builder with the given ingangsdatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public IndicatieBuilder Ingang(int jaar, int maand, int dag) => Ingang(new LocalDate(jaar, maand, dag));

    /// <summary>Returns a builder with the given einddatum.</summary>
    /// <param name="einddatum">The last day of the indicatie, or <see langword="null"/> for an indefinite indicatie.</param>
    /// <returns>A new builder.</returns>
    public IndicatieBuilder Einde(LocalDate? einddatum) => Kopie(b => b._einddatum = einddatum);

    /// <summary>Returns a builder with the given einddatum.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public IndicatieBuilder Einde(int jaar, int maand, int dag) => Einde(new LocalDate(jaar, maand, dag));

    internal Indicatie Bouw(LocalDate peildatum, int volgnummer, Zorgprofiel? profielUitToewijzing, LocalDate? vroegsteToewijzing)
    {
        var ingangsdatum = _ingangsdatum ?? Bouwhulp.Min(peildatum.PlusYears(-1), vroegsteToewijzing ?? peildatum.PlusYears(-1));
        return new Indicatie
        {
            Besluitnummer = _besluitnummer ?? Bouwhulp.Besluitnummer(volgnummer),
            Zorgprofiel = _zorgprofiel ?? profielUitToewijzing ?? Dossiers.StandaardZorgprofiel,
            Ingangsdatum = ingangsdatum,
            Einddatum = _einddatum,
        };
    }

    private IndicatieBuilder Kopie(Action<IndicatieBuilder> wijzig)
    {
        var kopie = (IndicatieBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
