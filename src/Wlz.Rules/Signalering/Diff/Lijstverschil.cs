using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Signalering.Diff;

/// <summary>The differences of one list for one zorgaanbieder between two runs.</summary>
public sealed class Lijstverschil
{
    internal Lijstverschil(string code, string titel, string? zorgaanbieder, IReadOnlyList<RapportbestandRegel> nieuw, IReadOnlyList<RapportbestandRegel> vervallen, IReadOnlyList<Regelwijziging> gewijzigd)
    {
        Code = code;
        Titel = titel;
        Zorgaanbieder = zorgaanbieder;
        Nieuw = nieuw;
        Vervallen = vervallen;
        Gewijzigd = gewijzigd;
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
}
