namespace Wlz.Rules.Model;

/// <summary>
/// The key of a cliënt on a signal or result: normally the BSN, or an opaque key for test or pseudonymised data.
/// It prints masked everywhere (<c>******782</c>): <see cref="ToString"/>, string interpolation, logs, exceptions.
/// </summary>
/// <remarks>
/// The full key is available through <see cref="Waarde"/> only, for the code that really needs it (joining, or an
/// export the user explicitly asked to identify cliënten by BSN, see <see cref="Signalering.Export.Identificatie"/>).
/// Equality and order are ordinal on the full key. A string converts implicitly, so a rule can write
/// <c>ClientId = client.ClientId</c>.
/// </remarks>
public readonly struct Clientsleutel : IEquatable<Clientsleutel>, IComparable<Clientsleutel>
{
    private readonly string? _waarde;

    /// <summary>Initializes a new instance of the <see cref="Clientsleutel"/> struct.</summary>
    /// <param name="waarde">The full key.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    public Clientsleutel(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        _waarde = waarde;
    }

    /// <summary>Gets the full, unmasked key. Never log it.</summary>
    public string Waarde => _waarde ?? string.Empty;

    /// <summary>Gets the key safe to print: a key of digits only shows its last three digits, any other key has its BSN-like runs masked.</summary>
    public string Gemaskeerd => Maskering.MaskeerSleutel(_waarde);

    /// <summary>Converts a full key.</summary>
    /// <param name="waarde">The full key.</param>
    public static implicit operator Clientsleutel(string waarde) => new(waarde);

    /// <summary>Compares two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when the full keys are equal.</returns>
    public static bool operator ==(Clientsleutel links, Clientsleutel rechts) => links.Equals(rechts);

    /// <summary>Compares two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when the full keys differ.</returns>
    public static bool operator !=(Clientsleutel links, Clientsleutel rechts) => !links.Equals(rechts);

    /// <summary>Orders two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="links"/> sorts first.</returns>
    public static bool operator <(Clientsleutel links, Clientsleutel rechts) => links.CompareTo(rechts) < 0;

    /// <summary>Orders two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="links"/> sorts last.</returns>
    public static bool operator >(Clientsleutel links, Clientsleutel rechts) => links.CompareTo(rechts) > 0;

    /// <summary>Orders two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="links"/> does not sort last.</returns>
    public static bool operator <=(Clientsleutel links, Clientsleutel rechts) => links.CompareTo(rechts) <= 0;

    /// <summary>Orders two keys ordinally.</summary>
    /// <param name="links">The first key.</param>
    /// <param name="rechts">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="links"/> does not sort first.</returns>
    public static bool operator >=(Clientsleutel links, Clientsleutel rechts) => links.CompareTo(rechts) >= 0;

    /// <inheritdoc/>
    public bool Equals(Clientsleutel other) => string.Equals(Waarde, other.Waarde, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Clientsleutel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Waarde);

    /// <inheritdoc/>
    public int CompareTo(Clientsleutel other) => string.CompareOrdinal(Waarde, other.Waarde);

    /// <summary>Returns the masked key (<see cref="Gemaskeerd"/>), never the full one.</summary>
    /// <returns>The masked key.</returns>
    public override string ToString() => Gemaskeerd;
}
