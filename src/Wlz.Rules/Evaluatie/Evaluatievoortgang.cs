namespace Wlz.Rules.Evaluatie;

/// <summary>Progress of a bulk evaluation, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Verwerkt">Dossiers processed so far (evaluated or rejected).</param>
/// <param name="Afgewezen">Dossiers rejected so far.</param>
public readonly record struct Evaluatievoortgang(long Verwerkt, long Afgewezen);
