namespace Wlz.Rules.Model;

/// <summary>
/// A burgerservicenummer (BSN): the nine-digit citizen service number that identifies a cliënt in iWlz messages
/// (<c>LDT_BurgerServicenummer</c>, pattern <c>[0-9]{9}</c>, rule CS002: "De waarde moet voldoen aan de 11-proef").
/// </summary>
/// <remarks>
/// <para>
/// Construction accepts any text of at most 32 characters, so that a wrong number read from input reaches validation
/// and is rejected there with a clear failure (<see cref="Validatie.Foutcodes.BsnOngeldig"/>) instead of breaking the
/// whole read. Use <see cref="Parse"/> when the value must be valid right away.
/// </para>
/// <para>
/// <see cref="ToString"/> masks all but the last three digits (<c>******782</c>): results travel to logs and tickets,
/// and a full BSN must never be printed. Use <see cref="Waarde"/> only where the full number is really needed.
/// </para>
/// </remarks>
public sealed class Bsn : IEquatable<Bsn>
{
    /// <summary>The number of digits of a BSN.</summary>
    public const int Lengte = 9;

    /// <summary>The longest text accepted by the constructor.</summary>
    public const int MaxInvoerLengte = 32;

    /// <summary>Initializes a new instance of the <see cref="Bsn"/> class without checking the 11-proef.</summary>
    /// <param name="waarde">The number as text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="waarde"/> is longer than <see cref="MaxInvoerLengte"/> characters.</exception>
    public Bsn(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        if (waarde.Length > MaxInvoerLengte)
        {
            throw new ArgumentException($"A BSN has {Lengte} digits; the value given has {waarde.Length} characters.", nameof(waarde));
        }

        Waarde = waarde;
    }

    /// <summary>Gets the full, unmasked number. Never log it.</summary>
    public string Waarde { get; }

    /// <summary>Gets a value indicating whether the number has nine digits and passes the 11-proef.</summary>
    public bool IsGeldig => VoldoetAanElfproef(Waarde);

    /// <summary>Parses a BSN and checks it.</summary>
    /// <param name="waarde">Nine digits that pass the 11-proef.</param>
    /// <returns>The BSN.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">Thrown when the value is not nine digits passing the 11-proef; the message shows the masked value only.</exception>
    public static Bsn Parse(string waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        if (!VoldoetAanElfproef(waarde))
        {
            throw new FormatException($"The value '{Maskering.MaskeerOnbekend(waarde)}' is not a valid BSN: it must be {Lengte} digits that pass the 11-proef.");
        }

        return new Bsn(waarde);
    }

    /// <summary>Determines whether <paramref name="waarde"/> is nine digits that pass the 11-proef.</summary>
    /// <param name="waarde">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid BSN.</returns>
    /// <remarks>
    /// The 11-proef for a BSN: 9×d1 + 8×d2 + 7×d3 + 6×d4 + 5×d5 + 4×d6 + 3×d7 + 2×d8 − 1×d9 is divisible by 11.
    /// <c>000000000</c> passes the arithmetic but is not a number that is ever issued, and is refused.
    /// </remarks>
    public static bool VoldoetAanElfproef(string? waarde) => waarde is not null && VoldoetAanElfproef(waarde.AsSpan());

    /// <summary>Determines whether the characters are nine digits that pass the 11-proef, without making a string of them.</summary>
    internal static bool VoldoetAanElfproef(ReadOnlySpan<char> waarde)
    {
        if (waarde.Length != Lengte)
        {
            return false;
        }

        var som = 0;
        var nietNul = false;
        for (var i = 0; i < Lengte; i++)
        {
            var c = waarde[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var cijfer = c - '0';
            nietNul |= cijfer != 0;
            som += i == Lengte - 1 ? -cijfer : cijfer * (Lengte - i);
        }

        return nietNul && som % 11 == 0;
    }

    /// <summary>Returns the number with all but the last three digits masked, e.g. <c>******782</c>.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Maskering.MaskeerWaarde(Waarde);

    /// <inheritdoc/>
    public bool Equals(Bsn? other) => other is not null && string.Equals(Waarde, other.Waarde, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Bsn);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Waarde);
}
