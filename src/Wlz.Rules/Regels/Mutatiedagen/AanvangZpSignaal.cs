using NodaTime;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The first declarable day of the ZP of the cliënt who moves into the room: the day of the actual intrek.</summary>
public sealed class AanvangZpSignaal : Signaal
{
    /// <summary>Gets the prestatiecode of the ZP, when known.</summary>
    public string? Prestatiecode { get; init; }

    /// <summary>Gets the first day the ZP may be declared.</summary>
    public required LocalDate EersteDeclarabeleDag { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        Opmaak.Tekst("Kamer", Onderwerp),
        Opmaak.Tekst("Prestatiecode", Prestatiecode),
        Opmaak.Datum("EersteDeclarabeleDag", EersteDeclarabeleDag),
    ];
}
