using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Signalering.Diff;

/// <summary>The differences of one list for one zorgaanbieder between two runs.</summary>
public sealed class Lijstverschil
{
    /// <summary>Initializes a new instance of the <see cref="Lijstverschil"/> class, e.g. from a store that computed the pairing itself.</summary>
    /// <param name="code">The list code.</param>
    /// <param name="titel">The list title (of the current run, or of the previous one when the list is gone).</param>
    /// <param name="zorgaanbieder">The zorgaanbieder, or <see langword="null"/> for the zorgkantoor's own actions.</param>
    /// <param name="nieuw">The entries that are on the list now and were not last time, in the current list's order.</param>
    /// <param name="vervallen">The entries that were on the list last time and are not now, in the previous list's order.</param>
    /// <param name="gewijzigd">The entries on both lists whose fields changed (see <see cref="Regelwijziging.Van"/>), in the current list's order.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument other than <paramref name="zorgaanbieder"/> is <see langword="null"/>.</exception>
    public Lijstverschil(
        string code,
        string titel,
        string? zorgaanbieder,
        IEnumerable<RapportbestandRegel> nieuw,
        IEnumerable<RapportbestandRegel> vervallen,
        IEnumerable<Regelwijziging> gewijzigd)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(titel);
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(vervallen);
        ArgumentNullException.ThrowIfNull(gewijzigd);
        Code = code;
        Titel = titel;
        Zorgaanbieder = zorgaanbieder;

        // Copies, so that the caller's lists cannot change the difference afterwards.
        Nieuw = [.. nieuw];
        Vervallen = [.. vervallen];
        Gewijzigd = [.. gewijzigd];
    }

    /// <summary>Gets the list code.</summary>
    public string Code { get; }

    /// <summary>Gets the list title (of the current run, or of the previous one when the list is gone).</summary>
    public string Titel { get; }

    /// <summary>Gets the zorgaanbieder, or <see langword="null"/> for the zorgkantoor's own actions.</summary>
    public string? Zorgaanbieder { get; }

    /// <summary>Gets the entries that are on the list now and were not last time.</summary>
    public IReadOnlyList<RapportbestandRegel> Nieuw { get; }

    /// <summary>Gets the entries that were on the list last time and are not now.</summary>
    public IReadOnlyList<RapportbestandRegel> Vervallen { get; }

    /// <summary>Gets the entries on both lists whose fields changed.</summary>
    public IReadOnlyList<Regelwijziging> Gewijzigd { get; }

    /// <summary>Gets a value indicating whether the list has no differences.</summary>
    internal bool IsLeeg => Nieuw.Count + Vervallen.Count + Gewijzigd.Count == 0;
}
