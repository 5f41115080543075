using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Parameters;

/// <summary>One value of a parameter, in force from <see cref="GeldigVanaf"/> until the next dated value of the same parameter.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class GedateerdeWaarde<T>
    where T : notnull
{
    /// <summary>Initializes a new instance of the <see cref="GedateerdeWaarde{T}"/> class.</summary>
    /// <param name="geldigVanaf">The first date the value is in force.</param>
    /// <param name="waarde">The value.</param>
    /// <param name="bron">Where the value comes from: the source text and the sentence, or the policy decision.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> or <paramref name="bron"/> is <see langword="null"/>.</exception>
    public GedateerdeWaarde(LocalDate geldigVanaf, T waarde, string bron)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        ArgumentNullException.ThrowIfNull(bron);
        GeldigVanaf = geldigVanaf;
        Waarde = waarde;
        Bron = bron;
    }

    /// <summary>Gets the first date the value is in force.</summary>
    public LocalDate GeldigVanaf { get; }

    /// <summary>Gets the value.</summary>
    public T Waarde { get; }

    /// <summary>Gets where the value comes from.</summary>
    public string Bron { get; }

    /// <summary>Returns the value with its date.</summary>
    /// <returns>E.g. <c>5 (geldig vanaf 1990-01-01)</c>.</returns>
    public override string ToString() => $"{Waarde} (geldig vanaf {LocalDatePattern.Iso.Format(GeldigVanaf)})";
}
