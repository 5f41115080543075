using Wlz.Rules.Signalering;

namespace Wlz.Rules.Evaluatie;

/// <summary>A fixed order of signals, independent of firing order: rule id, then the signal's key, ordinal.</summary>
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
        return order != 0 ? order : string.CompareOrdinal(x.Sleutel, y.Sleutel);
    }
}
