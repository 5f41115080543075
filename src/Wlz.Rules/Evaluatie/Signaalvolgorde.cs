using Wlz.Rules.Signalering;

namespace Wlz.Rules.Evaluatie;

/// <summary>
/// A fixed order of signals, independent of firing order: rule id, the signal's key, then its fields, ordinal. Two
/// signals equal in all three say the same thing, so their order cannot be seen.
/// </summary>
internal sealed class Signaalvolgorde : IComparer<Signaal>
{
    public static Signaalvolgorde Instance { get; } = new();

    public int Compare(Signaal? x, Signaal? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int order = string.CompareOrdinal(x.Regel.Id, y.Regel.Id);
        if (order == 0)
        {
            order = string.CompareOrdinal(x.Sleutel, y.Sleutel);
        }

        for (int i = 0; order == 0 && i < Math.Min(x.Velden.Count, y.Velden.Count); i++)
        {
            order = string.CompareOrdinal(x.Velden[i].Waarde, y.Velden[i].Waarde);
        }

        return order != 0 ? order : x.Velden.Count.CompareTo(y.Velden.Count);
    }
}
