using System.Globalization;
using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>A finding on a room: a submitted declaration line that breaks a mutatiedagen rule, or a sleuteldatum that cannot be right.</summary>
/// <remarks>The rule is <see cref="Signaal.Regel"/>; the line is <see cref="Regelnummer"/>.</remarks>
public sealed class BevindingSignaal : Signaal
{
    /// <summary>Gets the line number of the declaration line, or <see langword="null"/> for a finding on the room's facts.</summary>
    public int? Regelnummer { get; init; }

    /// <summary>Gets the prestatiecode of the line, if any.</summary>
    public string? Prestatiecode { get; init; }

    /// <summary>Gets the begindatum of the line, if any.</summary>
    public LocalDate? Begindatum { get; init; }

    /// <summary>Gets the einddatum of the line, if any.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Gets the short statement of the finding, e.g. "Z916 waar Z917 geldt".</summary>
    public required string Bevinding { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        Opmaak.Tekst("Kamer", Kamer),
        Opmaak.Getal("Regelnummer", Regelnummer),
        Opmaak.Tekst("Regel", Regel.Id),
        Opmaak.Tekst("Prestatiecode", Prestatiecode),
        Opmaak.Datum("Begindatum", Begindatum),
        Opmaak.Datum("Einddatum", Einddatum),
        Opmaak.Tekst("Bevinding", Bevinding),
    ];

    /// <summary>Gets the room id.</summary>
    public required string Kamer { get; init; }

    /// <summary>Creates a finding on a declaration line.</summary>
    /// <param name="regel">The rule that fires.</param>
    /// <param name="kamer">The room.</param>
    /// <param name="declaratieregel">The line.</param>
    /// <param name="bevinding">The short statement.</param>
    /// <param name="uitleg">The explanation.</param>
    /// <returns>The signal.</returns>
    public static BevindingSignaal OpRegel(IRuleDefinition regel, Kamer kamer, Declaratieregel declaratieregel, string bevinding, string uitleg)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(kamer);
        ArgumentNullException.ThrowIfNull(declaratieregel);
        return new BevindingSignaal
        {
            Lijst = MutatiedagenLijsten.Bevindingen,
            Regel = Engine.RuleInfo.Of(regel),
            ClientId = declaratieregel.ClientId,
            Zorgaanbieder = kamer.Zorgaanbieder.ToString(),
            Onderwerp = $"{kamer.KamerId}/regel {declaratieregel.Regelnummer.ToString(CultureInfo.InvariantCulture)}",
            Kamer = kamer.KamerId,
            Regelnummer = declaratieregel.Regelnummer,
            Prestatiecode = declaratieregel.Prestatiecode,
            Begindatum = declaratieregel.Begindatum,
            Einddatum = declaratieregel.Einddatum,
            Bevinding = bevinding,
            Uitleg = $"Regel {declaratieregel.Regelnummer.ToString(CultureInfo.InvariantCulture)} ({declaratieregel.Prestatiecode} {Opmaak.Iso(declaratieregel.Begindatum)} t/m {Opmaak.Iso(declaratieregel.Einddatum)}, aantal {declaratieregel.Aantal.ToString(CultureInfo.InvariantCulture)}): {uitleg}",
        };
    }
}
