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

    /// <summary>Gets the entries, ordered by cliënt and subject.</summary>
    public IReadOnlyList<RapportbestandRegel> Regels { get; init; } = [];

    /// <summary>Converts a list.</summary>
    /// <param name="lijst">The list.</param>
    /// <returns>The exported list.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijst"/> is <see langword="null"/>.</exception>
    public static RapportbestandLijst Van(Signaleringslijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        return new RapportbestandLijst
        {
            Code = lijst.Lijst.Code,
            Titel = lijst.Lijst.Titel,
            Cadans = lijst.Lijst.Cadans,
            GevraagdeActie = lijst.Lijst.GevraagdeActie,
            Zorgaanbieder = lijst.Zorgaanbieder,
            Regels = [.. lijst.Regels.Select(RapportbestandRegel.Van)],
        };
    }
}
