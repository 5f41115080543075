using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Signalering.Diff;

/// <summary>An entry that is on the list in both runs (same <see cref="RapportbestandRegel.Koppelsleutel"/>) with different values.</summary>
public sealed class Regelwijziging
{
    internal Regelwijziging(RapportbestandRegel vorige, RapportbestandRegel huidige, IReadOnlyList<Veldwijziging> velden)
    {
        Vorige = vorige;
        Huidige = huidige;
        Velden = velden;
    }

    /// <summary>Gets the pairing key of the entry.</summary>
    public string Koppelsleutel => Huidige.Koppelsleutel;

    /// <summary>Gets the entry as it was last time.</summary>
    public RapportbestandRegel Vorige { get; }

    /// <summary>Gets the entry as it is now (its <see cref="RapportbestandRegel.Uitleg"/> gives the reason).</summary>
    public RapportbestandRegel Huidige { get; }

    /// <summary>Gets the fields that changed, in the current entry's field order (fields that disappeared last).</summary>
    public IReadOnlyList<Veldwijziging> Velden { get; }
}
