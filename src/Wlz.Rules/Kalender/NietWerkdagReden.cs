namespace Wlz.Rules.Kalender;

/// <summary>
/// Explains why a date is not a werkdag: it is a Saturday, a Sunday, or one or more named feestdagen.
/// </summary>
/// <remarks>
/// <para>A feestdag takes precedence over the weekend: Koningsdag on Saturday 26 April 2025 is explained as
/// "Koningsdag", not as "zaterdag". When two feestdagen fall on the same date (Hemelvaartsdag on 5 May 2016) both are
/// listed and <see cref="Naam"/> joins their names with " en ".</para>
/// <para>Instances are immutable and shared; asking a calendar for a reason does not allocate.</para>
/// </remarks>
public sealed class NietWerkdagReden
{
    private static readonly IReadOnlyList<Feestdag> _geen = Array.Empty<Feestdag>();

    private NietWerkdagReden(NietWerkdagSoort soort, string naam, IReadOnlyList<Feestdag> feestdagen)
    {
        Soort = soort;
        Naam = naam;
        Feestdagen = feestdagen;
    }

    /// <summary>Gets the reason for a Saturday that is no feestdag; its <see cref="Naam"/> is "zaterdag".</summary>
    public static NietWerkdagReden Zaterdag { get; } = new(NietWerkdagSoort.Zaterdag, "zaterdag", _geen);

    /// <summary>Gets the reason for a Sunday that is no feestdag; its <see cref="Naam"/> is "zondag".</summary>
    public static NietWerkdagReden Zondag { get; } = new(NietWerkdagSoort.Zondag, "zondag", _geen);

    /// <summary>Gets the kind of reason.</summary>
    public NietWerkdagSoort Soort { get; }

    /// <summary>Gets the text of the reason: "zaterdag", "zondag", or the name(s) of the feestdag(en), for example "Tweede Paasdag".</summary>
    public string Naam { get; }

    /// <summary>Gets the feestdagen on the date, in statutory order; empty for <see cref="NietWerkdagSoort.Zaterdag"/> and <see cref="NietWerkdagSoort.Zondag"/>.</summary>
    public IReadOnlyList<Feestdag> Feestdagen { get; }

    /// <summary>Creates the reason for one or more feestdagen on the same date.</summary>
    /// <param name="feestdagen">The feestdagen, all on the same date, at least one.</param>
    /// <returns>The reason, of kind <see cref="NietWerkdagSoort.Feestdag"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="feestdagen"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="feestdagen"/> is empty or its dates differ.</exception>
    public static NietWerkdagReden ForFeestdagen(IEnumerable<Feestdag> feestdagen)
    {
        ArgumentNullException.ThrowIfNull(feestdagen);
        var items = feestdagen.ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("At least one feestdag is required.", nameof(feestdagen));
        }

        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(feestdagen));
            if (item.Datum != items[0].Datum)
            {
                throw new ArgumentException("All feestdagen of one reason must fall on the same date.", nameof(feestdagen));
            }
        }

        var naam = string.Join(" en ", items.Select(f => f.Naam).Distinct(StringComparer.Ordinal));
        return new NietWerkdagReden(NietWerkdagSoort.Feestdag, naam, Array.AsReadOnly(items));
    }

    /// <summary>Returns <see cref="Naam"/>.</summary>
    /// <returns>The text of the reason.</returns>
    public override string ToString() => Naam;
}
