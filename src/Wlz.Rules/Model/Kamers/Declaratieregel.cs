using NodaTime;

namespace Wlz.Rules.Model.Kamers;

/// <summary>One submitted declaration line (AW319-style prestatie): cliënt, prestatiecode, period and number of days.</summary>
/// <remarks>
/// "Cliënt A 11 dagen Z916 (begindatum 11-05-2015, einddatum 21-05-2015) in productiemonitor/declaratiebericht."
/// (Zorg in natura in een instelling, Werkwijze)
/// </remarks>
public sealed record Declaratieregel
{
    /// <summary>Gets the line number, unique within the room's lines; findings name it.</summary>
    public required int Regelnummer { get; init; }

    /// <summary>Gets the key of the cliënt the line is declared on.</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the NZa prestatiecode, e.g. <c>Z916</c>, <c>Z917</c> or a ZP code such as <c>Z041</c>.</summary>
    public required string Prestatiecode { get; init; }

    /// <summary>Gets the begindatum prestatie (inclusive).</summary>
    public required LocalDate Begindatum { get; init; }

    /// <summary>Gets the einddatum prestatie (inclusive).</summary>
    public required LocalDate Einddatum { get; init; }

    /// <summary>Gets the number of days declared (for day prestaties: the days from begindatum to einddatum inclusive).</summary>
    public required int Aantal { get; init; }

    /// <summary>Determines whether the period of this line shares at least one day with <paramref name="andere"/>.</summary>
    /// <param name="andere">The other line.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="andere"/> is <see langword="null"/>.</exception>
    public bool Overlapt(Declaratieregel andere)
    {
        ArgumentNullException.ThrowIfNull(andere);
        return Begindatum <= andere.Einddatum && andere.Begindatum <= Einddatum;
    }

    /// <summary>Returns the line number, code and period.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Regel {Regelnummer}: {Prestatiecode} {Begindatum:uuuu-MM-dd} t/m {Einddatum:uuuu-MM-dd} ({Aantal})";
}
