using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Bewonerslijst;

/// <summary>Gets an entry (one toewijzing) of the "Bewonerslijst".</summary>
public sealed class BewonerSignaal : Signaal
{
    /// <summary>Gets the first day of the month.</summary>
    public required LocalDate Maand { get; init; }

    /// <summary>Gets the begindatum of the MAZ.</summary>
    public required LocalDate Begindatum { get; init; }

    /// <summary>Gets the date of the MEZ, if any.</summary>
    public required LocalDate? Mezdatum { get; init; }

    /// <summary>Gets the last day in care (<see cref="Zorgperiode.LaatsteDagInZorg"/>: MEZ, einddatum or intrekking), if the care has ended.</summary>
    public LocalDate? LaatsteDagInZorg { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("maand", Opmaak.Maand(Maand)),
        new("toewijzing", Onderwerp ?? string.Empty),
        new("begindatum", Opmaak.Datum(Begindatum)),
        new("MEZ-datum", Opmaak.Datum(Mezdatum)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="periode">The period of care.</param>
    /// <param name="rapportagemaand">The reporting month that is listed.</param>
    /// <returns>The entry.</returns>
    public static BewonerSignaal Maak(IRuleDefinition regel, Client client, Zorgperiode periode, YearMonth rapportagemaand)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(periode);
        var maand = Maandbegin(rapportagemaand);
        return new BewonerSignaal
        {
            Lijst = BewonerslijstLijsten.Bewonerslijst,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = periode.Toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = periode.ToewijzingId,
            Maand = maand,
            Begindatum = periode.Begindatum,
            Mezdatum = periode.Mezdatum,
            LaatsteDagInZorg = periode.LaatsteDagInZorg,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"In zorg van {Opmaak.Datum(Begindatum)} (MAZ) tot en met {(LaatsteDagInZorg is { } l ? Opmaak.Datum(l) + (Mezdatum == l ? " (MEZ)" : " (einddatum toewijzing)") : "heden")}: "
        + $"minstens één dag in {Opmaak.Maand(Maand)} ({Opmaak.Datum(Maand)} t/m {Opmaak.Datum(Maandeinde(Maand))}).";

    /// <summary>Gets the first day of <paramref name="maand"/>.</summary>
    /// <param name="maand">A month.</param>
    /// <returns>Its first day.</returns>
    public static LocalDate Maandbegin(YearMonth maand) => maand.OnDayOfMonth(1);

    /// <summary>Gets the last day of <paramref name="maand"/>.</summary>
    /// <param name="maand">A month.</param>
    /// <returns>Its last day.</returns>
    public static LocalDate Maandeinde(YearMonth maand) => maand.OnDayOfMonth(maand.Calendar.GetDaysInMonth(maand.Year, maand.Month));

    /// <summary>Gets the first day of the month of <paramref name="datum"/>.</summary>
    /// <param name="datum">A date.</param>
    /// <returns>The first day of its month.</returns>
    public static LocalDate Maandbegin(LocalDate datum) => new(datum.Year, datum.Month, 1);

    /// <summary>Gets the last day of the month of <paramref name="datum"/>.</summary>
    /// <param name="datum">A date.</param>
    /// <returns>The last day of its month.</returns>
    public static LocalDate Maandeinde(LocalDate datum) => Maandbegin(datum).PlusMonths(1).PlusDays(-1);
}
