using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Signalering.Diff;

/// <summary>An entry that is on the list in both runs (same <see cref="RapportbestandRegel.Koppelsleutel"/>) with different values.</summary>
public sealed class Regelwijziging
{
    private Regelwijziging(RapportbestandRegel vorige, RapportbestandRegel huidige, IReadOnlyList<Veldwijziging> velden)
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

    /// <summary>
    /// Compares the fields of one entry in two runs: the one comparison that every diff (in memory, or a store's) uses,
    /// so that they all agree on what counts as a change.
    /// </summary>
    /// <param name="vorige">The entry as it was last time.</param>
    /// <param name="huidige">The same entry (same <see cref="RapportbestandRegel.Koppelsleutel"/>) as it is now.</param>
    /// <returns>
    /// The change, or <see langword="null"/> when every field has the same value (a change of only the explanation, or
    /// of only the order of the fields, is no change).
    /// </returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the two entries have different pairing keys: they are not the same entry.</exception>
    public static Regelwijziging? Van(RapportbestandRegel vorige, RapportbestandRegel huidige)
    {
        ArgumentNullException.ThrowIfNull(vorige);
        ArgumentNullException.ThrowIfNull(huidige);
        if (!string.Equals(vorige.Koppelsleutel, huidige.Koppelsleutel, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Only the same entry can change: the pairing keys differ ({vorige.Koppelsleutel} and {huidige.Koppelsleutel}).", nameof(huidige));
        }

        var velden = Veldwijzigingen(vorige, huidige);
        return velden.Count == 0 ? null : new Regelwijziging(vorige, huidige, velden);
    }

    private static List<Veldwijziging> Veldwijzigingen(RapportbestandRegel vorige, RapportbestandRegel huidige)
    {
        var wijzigingen = new List<Veldwijziging>();
        foreach (var veld in huidige.Velden)
        {
            var van = vorige.Veld(veld.Naam);
            if (!string.Equals(van, veld.Waarde, StringComparison.Ordinal))
            {
                wijzigingen.Add(new Veldwijziging(veld.Naam, van, veld.Waarde));
            }
        }

        foreach (var veld in vorige.Velden)
        {
            if (huidige.Veld(veld.Naam) is null)
            {
                wijzigingen.Add(new Veldwijziging(veld.Naam, veld.Waarde, null));
            }
        }

        return wijzigingen;
    }
}
