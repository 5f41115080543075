namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// Shared boxes for the values a <c>Let</c> computes most: small integers (days, counts) and booleans. A slot holds an
/// object, so without these every evaluation of such a <c>Let</c> would allocate a box, also for partitions that yield
/// nothing. Boxes are immutable, so one instance per value is safe on every thread.
/// </summary>
internal static class SmallBoxes
{
    private const int Lowest = -1_024;
    private const int Highest = 4_096;

    private static readonly object[] Integers = CreateIntegers();
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Boxes an integer, sharing the box when it lies in [-1,024, 4,096].</summary>
    /// <param name="value">The value.</param>
    /// <returns>The boxed value.</returns>
    public static object Box(int value) =>
        value is >= Lowest and <= Highest ? Integers[value - Lowest] : value;

    /// <summary>Boxes a boolean with one of two shared boxes.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The boxed value.</returns>
    public static object Box(bool value) => value ? True : False;

    private static object[] CreateIntegers()
    {
        var boxes = new object[Highest - Lowest + 1];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + Lowest;
        }

        return boxes;
    }
}
