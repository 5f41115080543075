namespace Wlz.Rules.Engine.Runtime;

/// <summary>For one runtime fact type: the memories it enters and its natural order, if any.</summary>
internal sealed class FactRoute(int id, Type type, int[] memories, IComparer<object>? comparer)
{
    public int Id { get; } = id;

    public Type Type { get; } = type;

    public string TypeName { get; } = type.FullName ?? type.Name;

    public int[] Memories { get; } = memories;

    public IComparer<object>? Comparer { get; } = comparer;

    public static IComparer<object>? NaturalOrder(Type type)
    {
        if (typeof(IComparable<>).MakeGenericType(type).IsAssignableFrom(type) || typeof(IComparable).IsAssignableFrom(type))
        {
            return (IComparer<object>)Activator.CreateInstance(typeof(NaturalComparer<>).MakeGenericType(type))!;
        }

        return null;
    }

    private sealed class NaturalComparer<T> : IComparer<object>
    {
        public int Compare(object? x, object? y) => Comparer<T>.Default.Compare((T)x!, (T)y!);
    }
}
