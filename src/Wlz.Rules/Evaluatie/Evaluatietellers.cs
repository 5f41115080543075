namespace Wlz.Rules.Evaluatie;

/// <summary>The counts of an evaluation run. Nothing is lost: <see cref="Ingelezen"/> = <see cref="Geevalueerd"/> + <see cref="Afgewezen"/>.</summary>
/// <param name="Ingelezen">Dossiers read from the input.</param>
/// <param name="Geevalueerd">Dossiers that passed validation and were evaluated.</param>
/// <param name="Afgewezen">Dossiers that failed validation and are in the rejections.</param>
/// <param name="Signalen">Signals produced in all.</param>
public sealed record Evaluatietellers(long Ingelezen, long Geevalueerd, long Afgewezen, long Signalen)
{
    /// <summary>Gets a value indicating whether every dossier read is either evaluated or rejected.</summary>
    public bool KloptDeTelling => Ingelezen == Geevalueerd + Afgewezen;

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Ingelezen} ingelezen = {Geevalueerd} geëvalueerd + {Afgewezen} afgewezen; {Signalen} signalen");
}
