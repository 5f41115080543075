using Wlz.Rules.Evaluatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>The exported counts of an evaluation (see <see cref="Evaluatietellers"/>).</summary>
public sealed class RapportbestandTellers
{
    /// <summary>Gets the number of dossiers read.</summary>
    public long Ingelezen { get; init; }

    /// <summary>Gets the number of dossiers evaluated.</summary>
    public long Geevalueerd { get; init; }

    /// <summary>Gets the number of dossiers rejected.</summary>
    public long Afgewezen { get; init; }

    /// <summary>Gets the number of signals.</summary>
    public long Signalen { get; init; }

    /// <summary>Converts the counts of an evaluation.</summary>
    /// <param name="tellers">The counts.</param>
    /// <returns>The exported counts.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="tellers"/> is <see langword="null"/>.</exception>
    public static RapportbestandTellers Van(Evaluatietellers tellers)
    {
        ArgumentNullException.ThrowIfNull(tellers);
        return new RapportbestandTellers { Ingelezen = tellers.Ingelezen, Geevalueerd = tellers.Geevalueerd, Afgewezen = tellers.Afgewezen, Signalen = tellers.Signalen };
    }
}
