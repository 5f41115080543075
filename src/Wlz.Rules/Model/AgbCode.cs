namespace Wlz.Rules.Model;

/// <summary>
/// An iWlz-AGB-code: the eight-digit code of a zorgaanbieder (location or contract), as in AW33 <c>Instelling</c>
/// (<c>LDT_AgbCode</c>, pattern <c>[0-9]{8}</c>).
/// </summary>
/// <remarks>
/// Construction accepts any text of at most 32 characters, so that a malformed code read from input is rejected by
/// validation (<see cref="Validatie.Foutcodes.AgbCodeOngeldig"/>) rather than by the reader. Use <see cref="Parse"/> to
/// require a well-formed code.
/// </remarks>
public sealed class AgbCode : IEquatable<AgbCode>
{
    /// <summary>The number of digits of an AGB code.</summary>
    public const int Lengte = 8;

    /// <summary>Initializes a new instance of the <see cref="AgbCode"/> class without checking the format.</summary>
    /// <param name="waarde">The code as text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="waarde"/> is longer than 32 characters.</exception>
    public AgbCode(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        if (waarde.Length > Bsn.MaxInvoerLengte)
        {
            throw new ArgumentException($"An AGB code has {Lengte} digits; the value given has {waarde.Length} characters.", nameof(waarde));
        }

        Waarde = waarde;
    }

    /// <summary>Gets the code as text.</summary>
    public string Waarde { get; }

    /// <summary>Gets a value indicating whether the code consists of exactly eight digits.</summary>
    public bool IsGeldig => IsGeldigeCode(Waarde);

    /// <summary>Parses an AGB code and checks its format.</summary>
    /// <param name="waarde">Eight digits.</param>
    /// <returns>The AGB code.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">Thrown when the value is not eight digits.</exception>
    public static AgbCode Parse(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        if (!IsGeldigeCode(waarde))
        {
            throw new FormatException($"The value '{Maskering.MaskeerOnbekend(waarde)}' is not a valid AGB code: it must be {Lengte} digits.");
        }

        return new AgbCode(waarde);
    }

    /// <summary>Determines whether <paramref name="waarde"/> consists of exactly eight digits.</summary>
    /// <param name="waarde">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a well-formed AGB code.</returns>
    public static bool IsGeldigeCode(string? waarde) =>
        waarde is { Length: Lengte } && !waarde.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>Returns the code.</summary>
    /// <returns>The eight digits.</returns>
    public override string ToString() => Maskering.Maskeer(Waarde);

    /// <inheritdoc/>
    public bool Equals(AgbCode? other) => other is not null && string.Equals(Waarde, other.Waarde, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AgbCode);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Waarde);
}
