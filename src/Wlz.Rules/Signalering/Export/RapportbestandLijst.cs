using Wlz.Rules.Evaluatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>One exported list for one zorgaanbieder (see <see cref="Signaleringslijst"/>).</summary>
public sealed class RapportbestandLijst
{
    /// <summary>Gets the stable list code (<see cref="Lijstdefinitie.Code"/>).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the list title as the source writes it.</summary>
    public string Titel { get; init; } = string.Empty;

    /// <summary>Gets how often the list is sent.</summary>
    public Cadans Cadans { get; init; }

    /// <summary>Gets what the zorgaanbieder is asked to do.</summary>
    public string GevraagdeActie { get; init; } = string.Empty;

    /// <summary>Gets the zorgaanbieder the list goes to; <see langword="null"/> for the zorgkantoor's own actions.</summary>
    public string? Zorgaanbieder { get; init; }

    /// <summary>Gets the source sentences of the rules that have entries on this list, by rule id.</summary>
    public IReadOnlyList<RapportbestandBron> Bronnen { get; init; } = [];

    /// <summary>Gets the entries, ordered by cliënt and subject.</summary>
    public IReadOnlyList<RapportbestandRegel> Regels { get; init; } = [];

    /// <summary>Converts a list, identifying cliënten as <paramref name="identificatie"/> says.</summary>
    /// <param name="lijst">The list.</param>
    /// <param name="identificatie">How cliënten are identified, and the secret of the pairing keys.</param>
    /// <returns>The exported list.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static RapportbestandLijst Van(Signaleringslijst lijst, Identificatie identificatie)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        ArgumentNullException.ThrowIfNull(identificatie);
        return new RapportbestandLijst
        {
            Code = lijst.Lijst.Code,
            Titel = lijst.Lijst.Titel,
            Cadans = lijst.Lijst.Cadans,
            GevraagdeActie = lijst.Lijst.GevraagdeActie,
            Zorgaanbieder = lijst.Zorgaanbieder,
            Bronnen = [.. lijst.Regels.Select(s => s.Regel).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).Select(RapportbestandBron.Van)],
            Regels = [.. lijst.Regels.Select(s => RapportbestandRegel.Van(s, identificatie))],
        };
    }
}
