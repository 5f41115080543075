using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The declarable mutatiedagen of one vacancy, on the departing cliënt: prestatiecode, period and number of days.</summary>
public sealed class MutatiedagenSignaal : Signaal
{
    /// <summary>Gets the prestatiecode: Z916 or Z917.</summary>
    public required string Prestatiecode { get; init; }

    /// <summary>Gets the begindatum of the line (the day after the last day), or <see langword="null"/> when no day is declarable.</summary>
    public LocalDate? Begindatum { get; init; }

    /// <summary>Gets the einddatum of the line, or <see langword="null"/> when no day is declarable.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Gets the number of declarable days.</summary>
    public required int Aantal { get; init; }

    /// <summary>Gets the maximum for this vacancy.</summary>
    public required int Maximum { get; init; }

    /// <summary>Gets a value indicating whether the count is provisional (no intrek yet, maximum not reached).</summary>
    public required bool Voorlopig { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        Opmaak.Tekst("Kamer", Onderwerp),
        Opmaak.Tekst("Prestatiecode", Prestatiecode),
        Opmaak.Datum("Begindatum", Begindatum),
        Opmaak.Datum("Einddatum", Einddatum),
        Opmaak.Getal("Aantal", Aantal),
        Opmaak.Getal("Maximum", Maximum),
        Opmaak.JaNee("Voorlopig", Voorlopig),
    ];

    /// <summary>Creates the signal from a computed vacancy.</summary>
    /// <param name="regel">The rule that fires.</param>
    /// <param name="leegstand">The vacancy.</param>
    /// <returns>The signal.</returns>
    public static MutatiedagenSignaal Van(IRuleDefinition regel, Leegstand leegstand)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(leegstand);
        return new MutatiedagenSignaal
        {
            Lijst = MutatiedagenLijsten.Mutatiedagen,
            Regel = RuleInfo.Of(regel),
            ClientId = leegstand.VertrekkendeClientId,
            Zorgaanbieder = leegstand.Kamer.Zorgaanbieder.ToString(),
            Onderwerp = leegstand.Kamer.KamerId,
            Uitleg = leegstand.Uitleg,
            Prestatiecode = leegstand.Prestatiecode,
            Begindatum = leegstand.Aantal > 0 ? leegstand.Begindatum : null,
            Einddatum = leegstand.Einddatum,
            Aantal = leegstand.Aantal,
            Maximum = leegstand.Maximum,
            Voorlopig = leegstand.Voorlopig,
        };
    }
}
