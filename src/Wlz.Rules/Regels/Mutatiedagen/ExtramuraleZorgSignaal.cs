using NodaTime;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Extramural care may be declared for a cliënt from the thuissituatie until the intrek, on top of the mutatiedagen.</summary>
public sealed class ExtramuraleZorgSignaal : Signaal
{
    /// <summary>Gets the last day extramural care may be declared (the day before the intrek), or <see langword="null"/> while the intrek is unknown.</summary>
    public LocalDate? TotEnMet { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        Opmaak.Tekst("Kamer", Onderwerp),
        Opmaak.Datum("TotEnMet", TotEnMet),
    ];
}
