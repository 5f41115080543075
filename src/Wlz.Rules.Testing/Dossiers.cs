using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>
/// The entry point of the dossier builders: <c>Dossiers.ADossier().MetToewijzing(...).MetMaz().Build()</c>.
/// </summary>
/// <remarks>
/// <para>
/// A test states only what matters to it; everything else gets a valid default around <see cref="StandaardPeildatum"/>:
/// a cliënt with BSN <see cref="StandaardBsn"/>, an indicatie for <see cref="StandaardZorgprofiel"/>, toewijzingen at
/// <see cref="StandaardAgbCode"/>. A dossier built without asking for anything invalid passes the dossier validator.
/// </para>
/// <para>
/// The builders are immutable: every <c>Met…</c> call returns a new builder, so a half-built dossier can be shared by
/// several tests and extended differently in each.
/// </para>
/// </remarks>
public static class Dossiers
{
    /// <summary>Gets the peildatum the defaults are chosen around: Monday 4 May 2026.</summary>
    public static LocalDate StandaardPeildatum { get; } = new(2026, 5, 4);

    /// <summary>Gets the default BSN of the cliënt (<c>999990019</c>, which passes the 11-proef).</summary>
    public static Bsn StandaardBsn { get; } = Bsn.Parse("999990019");

    /// <summary>Gets the default AGB code of the zorgaanbieder of a toewijzing (<c>73730001</c>).</summary>
    public static AgbCode StandaardAgbCode { get; } = AgbCode.Parse("73730001");

    /// <summary>Gets the default besluitnummer of the indicatie (<c>260000123</c>).</summary>
    public static string StandaardBesluitnummer => "260000123";

    /// <summary>Gets the default zorgprofiel of the indicatie and toewijzingen (4VV).</summary>
    public static Zorgprofiel StandaardZorgprofiel { get; } = Zorgprofielen.Geef(753);

    /// <summary>Starts a dossier with defaults around <see cref="StandaardPeildatum"/>.</summary>
    /// <returns>A builder for a dossier with a cliënt and (unless told otherwise) one indicatie.</returns>
    public static DossierBuilder ADossier() => new(StandaardPeildatum);

    /// <summary>Starts a dossier with defaults around <paramref name="peildatum"/>.</summary>
    /// <param name="peildatum">The peildatum the default dates are chosen around.</param>
    /// <returns>A builder for a dossier with a cliënt and (unless told otherwise) one indicatie.</returns>
    public static DossierBuilder ADossier(LocalDate peildatum) => new(peildatum);
}
