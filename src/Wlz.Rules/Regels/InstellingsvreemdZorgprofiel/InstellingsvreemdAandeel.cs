using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>
/// The share of instellingsvreemde toewijzingen of one zorgaanbieder on a peildatum, so the zorgkantoor can see whether
/// profiles from another sector stay "in beperkte mate".
/// </summary>
/// <remarks>
/// "Het betreft de zorgprofielen bij de sector waarvoor de zorgaanbieder is toegelaten, maar het kan ook in beperkte
/// mate gaan om zorgprofielen uit een andere sector." The source gives no number, so the threshold is an argument of
/// <see cref="Bereken"/> with no default.
/// </remarks>
public sealed class InstellingsvreemdAandeel
{
    private InstellingsvreemdAandeel(string zorgaanbieder, int totaal, int instellingsvreemd, decimal? drempel)
    {
        Zorgaanbieder = zorgaanbieder;
        Totaal = totaal;
        Instellingsvreemd = instellingsvreemd;
        Aandeel = Math.Round((decimal)instellingsvreemd / totaal, 4, MidpointRounding.AwayFromZero);
        Drempel = drempel;
    }

    /// <summary>Gets the zorgaanbieder's AGB code.</summary>
    public string Zorgaanbieder { get; }

    /// <summary>Gets the number of toewijzingen geldig on the peildatum (not ingetrokken) at this zorgaanbieder.</summary>
    public int Totaal { get; }

    /// <summary>Gets how many of them are instellingsvreemd (see <see cref="Instellingsvreemdheid.IsInstellingsvreemd"/>).</summary>
    public int Instellingsvreemd { get; }

    /// <summary>Gets <see cref="Instellingsvreemd"/> / <see cref="Totaal"/>, rounded to 4 decimals (0.1250 = 12.5%).</summary>
    public decimal Aandeel { get; }

    /// <summary>Gets the threshold the share was compared with, or <see langword="null"/> when none was given.</summary>
    public decimal? Drempel { get; }

    /// <summary>Gets whether the share is strictly above <see cref="Drempel"/>; always <see langword="false"/> without a threshold.</summary>
    public bool BovenDrempel => Drempel is { } drempel && Aandeel > drempel;

    /// <summary>
    /// Computes, per zorgaanbieder in the register with at least one toewijzing geldig on the peildatum, the share of
    /// instellingsvreemde toewijzingen, ordered by AGB code.
    /// </summary>
    /// <param name="dossiers">The population; enumerated once.</param>
    /// <param name="register">The zorgaanbieders; toewijzingen of AGB codes not in it are not counted.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="drempel">The share (0–1) above which <see cref="BovenDrempel"/> is set, or <see langword="null"/> for no threshold.</param>
    /// <returns>The shares, ordered by AGB code.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="drempel"/> is outside 0–1.</exception>
    public static IReadOnlyList<InstellingsvreemdAandeel> Bereken(
        IEnumerable<Dossier> dossiers, Zorgaanbiederregister register, LocalDate peildatum, decimal? drempel = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(register);
        if (drempel is { } d && (d < 0m || d > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(drempel), drempel, "The threshold must be a share between 0 and 1.");
        }

        var tellingen = new Dictionary<string, (int Totaal, int Vreemd)>(StringComparer.Ordinal);
        foreach (var dossier in dossiers)
        {
            ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
            foreach (var toewijzing in dossier.Zorgtoewijzingen)
            {
                if (toewijzing.IsIngetrokken || !toewijzing.IsGeldigOp(peildatum) || register.Vind(toewijzing.Zorgaanbieder) is not { } zorgaanbieder)
                {
                    continue;
                }

                var telling = tellingen.GetValueOrDefault(toewijzing.Zorgaanbieder.Waarde);
                bool vreemd = Instellingsvreemdheid.IsInstellingsvreemd(zorgaanbieder, toewijzing.Zorgprofiel);
                tellingen[toewijzing.Zorgaanbieder.Waarde] = (telling.Totaal + 1, telling.Vreemd + (vreemd ? 1 : 0));
            }
        }

        return tellingen
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new InstellingsvreemdAandeel(t.Key, t.Value.Totaal, t.Value.Vreemd, drempel))
            .ToArray();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Zorgaanbieder}: {Instellingsvreemd}/{Totaal} instellingsvreemd ({Aandeel:0.0000}){(BovenDrempel ? " boven drempel" : string.Empty)}");
}
