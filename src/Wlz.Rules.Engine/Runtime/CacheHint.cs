using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>
/// Asks the processor to start loading memory that a loop will read a few iterations later. A session over a million
/// facts no longer fits in the cache, and a loop that reads one fact per iteration otherwise waits for each fact in turn.
/// </summary>
/// <remarks>
/// A prefetch is only a hint: it never faults and changes no value, so an address that the garbage collector has since
/// moved costs at most a wasted load. Where the instruction is not available (not x86) the calls do nothing.
/// </remarks>
internal static class CacheHint
{
    /// <summary>How many iterations ahead a loop prefetches: enough to cover a read from main memory.</summary>
    public const int Distance = 8;

    /// <summary>
    /// Prefetches the object that a loop over <paramref name="items"/>, now at <paramref name="index"/>, reads
    /// <see cref="Distance"/> iterations later (nothing for a value type or past <paramref name="count"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void PrefetchAhead<T>(T[] items, int index, int count)
    {
        int ahead = index + Distance;
        if (Sse.IsSupported && !typeof(T).IsValueType && ahead < count)
        {
            T item = items[ahead];
            Sse.Prefetch0((void*)Unsafe.As<T, nint>(ref item));
        }
    }

    /// <summary>Prefetches an element of an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(ref int element)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref element));
        }
    }
}
