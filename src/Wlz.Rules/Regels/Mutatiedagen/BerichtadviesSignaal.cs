using NodaTime;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The advice which message to send for a cliënt of the room: MAZ with sleuteldatum, MUT, or none.</summary>
public sealed class BerichtadviesSignaal : Signaal
{
    /// <summary>Gets the advised message.</summary>
    public required Bericht Bericht { get; init; }

    /// <summary>Gets the date the message is about: the begindatum of the MAZ (the intrek) or the last day for a MUT.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>Gets the sleuteldatum to state in the MAZ, or <see langword="null"/> (none, or equal to the begindatum, CS088).</summary>
    public LocalDate? Sleuteldatum { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        Opmaak.Tekst("Kamer", Onderwerp),
        Opmaak.Tekst("Bericht", Bericht switch { Bericht.Maz => "MAZ", Bericht.Mut => "MUT", _ => "geen" }),
        Opmaak.Datum("Datum", Datum),
        Opmaak.Datum("Sleuteldatum", Sleuteldatum),
    ];
}
