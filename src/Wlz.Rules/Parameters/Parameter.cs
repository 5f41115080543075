using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Parameters;

/// <summary>
/// A named policy number with its history of dated values: the value in force on a peildatum is the one with the
/// latest <see cref="GedateerdeWaarde{T}.GeldigVanaf"/> on or before it. A policy change is a new dated value.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Parameter<T>
    where T : notnull
{
    private readonly GedateerdeWaarde<T>[] _waarden;

    /// <summary>Initializes a new instance of the <see cref="Parameter{T}"/> class.</summary>
    /// <param name="naam">The name of the parameter, e.g. <c>MazMutTermijnWerkdagen</c>.</param>
    /// <param name="omschrijving">What the parameter means.</param>
    /// <param name="waarden">The dated values, in any order.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument or one of the values is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="naam"/> is empty.</exception>
    public Parameter(string naam, string omschrijving, IEnumerable<GedateerdeWaarde<T>> waarden)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(naam);
        ArgumentNullException.ThrowIfNull(omschrijving);
        ArgumentNullException.ThrowIfNull(waarden);
        Naam = naam;
        Omschrijving = omschrijving;
        _waarden = [.. waarden];
        foreach (var waarde in _waarden)
        {
            ArgumentNullException.ThrowIfNull(waarde, nameof(waarden));
        }

        Array.Sort(_waarden, static (a, b) => a.GeldigVanaf.CompareTo(b.GeldigVanaf));
    }

    /// <summary>Gets the name of the parameter.</summary>
    public string Naam { get; }

    /// <summary>Gets what the parameter means.</summary>
    public string Omschrijving { get; }

    /// <summary>Gets the dated values, oldest first.</summary>
    public IReadOnlyList<GedateerdeWaarde<T>> Waarden => _waarden;

    /// <summary>Returns a parameter with <paramref name="waarde"/> added; a value with the same geldig-vanaf date is replaced.</summary>
    /// <param name="waarde">The dated value to add.</param>
    /// <returns>The new parameter; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="waarde"/> is <see langword="null"/>.</exception>
    public Parameter<T> MetWaarde(GedateerdeWaarde<T> waarde)
    {
        ArgumentNullException.ThrowIfNull(waarde);
        return new Parameter<T>(Naam, Omschrijving, _waarden.Where(w => w.GeldigVanaf != waarde.GeldigVanaf).Append(waarde));
    }

    /// <summary>Gets the dated value in force on <paramref name="peildatum"/>.</summary>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>The value with the latest geldig-vanaf date on or before the peildatum.</returns>
    /// <exception cref="InvalidOperationException">Thrown when no value is in force yet on the peildatum.</exception>
    public GedateerdeWaarde<T> OpDatum(LocalDate peildatum)
    {
        for (var i = _waarden.Length - 1; i >= 0; i--)
        {
            if (_waarden[i].GeldigVanaf <= peildatum)
            {
                return _waarden[i];
            }
        }

        var eerste = _waarden.Length == 0 ? "it has no values" : $"the first value is geldig vanaf {LocalDatePattern.Iso.Format(_waarden[0].GeldigVanaf)}";
        throw new InvalidOperationException($"Parameter {Naam} has no value in force on {LocalDatePattern.Iso.Format(peildatum)}: {eerste}.");
    }

    /// <summary>Returns the name and the number of dated values.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Naam} ({_waarden.Length} waarden)";
}
