using System.Collections.Frozen;

namespace Wlz.Rules.Model;

/// <summary>The zorgaanbieders known to the zorgkantoor, looked up by iWlz-AGB-code. Immutable and thread-safe.</summary>
public sealed class Zorgaanbiederregister
{
    private readonly FrozenDictionary<AgbCode, Zorgaanbieder> _perAgbCode;

    /// <summary>Initializes a new instance of the <see cref="Zorgaanbiederregister"/> class.</summary>
    /// <param name="zorgaanbieders">The zorgaanbieders; each AGB code at most once.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgaanbieders"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when an AGB code occurs more than once.</exception>
    public Zorgaanbiederregister(IEnumerable<Zorgaanbieder> zorgaanbieders)
    {
        ArgumentNullException.ThrowIfNull(zorgaanbieders);
        var perAgbCode = new Dictionary<AgbCode, Zorgaanbieder>();
        var volgorde = new List<Zorgaanbieder>();
        foreach (var zorgaanbieder in zorgaanbieders)
        {
            ArgumentNullException.ThrowIfNull(zorgaanbieder, nameof(zorgaanbieders));
            if (!perAgbCode.TryAdd(zorgaanbieder.AgbCode, zorgaanbieder))
            {
                throw new ArgumentException($"The AGB code {zorgaanbieder.AgbCode} occurs more than once in the register.", nameof(zorgaanbieders));
            }

            volgorde.Add(zorgaanbieder);
        }

        _perAgbCode = perAgbCode.ToFrozenDictionary();
        Alle = volgorde.AsReadOnly();
    }

    /// <summary>Gets an empty register.</summary>
    public static Zorgaanbiederregister Leeg { get; } = new([]);

    /// <summary>Gets every zorgaanbieder, in the order given.</summary>
    public IReadOnlyList<Zorgaanbieder> Alle { get; }

    /// <summary>Gets the number of zorgaanbieders.</summary>
    public int Aantal => Alle.Count;

    /// <summary>Finds a zorgaanbieder by its AGB code.</summary>
    /// <param name="agbCode">The AGB code.</param>
    /// <returns>The zorgaanbieder, or <see langword="null"/> when it is not in the register.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="agbCode"/> is <see langword="null"/>.</exception>
    public Zorgaanbieder? Vind(AgbCode agbCode)
    {
        ArgumentNullException.ThrowIfNull(agbCode);
        return _perAgbCode.GetValueOrDefault(agbCode);
    }
}
