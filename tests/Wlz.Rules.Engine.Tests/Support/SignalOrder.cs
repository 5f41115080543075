namespace Wlz.Rules.Engine.Tests.Support;

/// <summary>Orders signals by rule, then subject (ordinal), to compare results as sorted multisets.</summary>
internal sealed class SignalOrder : IComparer<Signal>
{
    public static SignalOrder Instance { get; } = new();

    public int Compare(Signal? x, Signal? y)
    {
        int order = string.CompareOrdinal(x?.Rule, y?.Rule);
        return order != 0 ? order : string.CompareOrdinal(x?.Subject, y?.Subject);
    }
}
