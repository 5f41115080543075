using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Indicatiecontrole;

/// <summary>Gets an entry of the list "Indicatiecontrole".</summary>
public sealed class IndicatiecontroleSignaal : Signaal
{
    /// <summary>Gets the besluitnummer of the indicatie.</summary>
    public required string Besluitnummer { get; init; }

    /// <summary>Gets the einddatum of the indicatie.</summary>
    public required LocalDate Einddatum { get; init; }

    /// <summary>Gets the last day of the horizon: peildatum plus two months (clamped to the month end).</summary>
    public required LocalDate Horizon { get; init; }

    /// <summary>Gets the toewijzing that makes the zorgaanbieder receive this entry.</summary>
    public required string ToewijzingId { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("besluitnummer", Besluitnummer),
        new("einddatum indicatie", Opmaak.Datum(Einddatum)),
        new("toewijzing", ToewijzingId),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="indicatie">The indicatie that ends.</param>
    /// <param name="toewijzing">A current toewijzing of the zorgaanbieder.</param>
    /// <param name="horizon">The last day of the horizon.</param>
    /// <returns>The entry.</returns>
    public static IndicatiecontroleSignaal Maak(IRuleDefinition regel, Client client, Indicatie indicatie, Zorgtoewijzing toewijzing, LocalDate horizon)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(indicatie);
        ArgumentNullException.ThrowIfNull(toewijzing);
        var einde = indicatie.Einddatum ?? throw new ArgumentException("The indicatie has no einddatum.", nameof(indicatie));
        return new IndicatiecontroleSignaal
        {
            Lijst = IndicatiecontroleLijsten.Indicatiecontrole,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = indicatie.Besluitnummer,
            Besluitnummer = indicatie.Besluitnummer,
            Einddatum = einde,
            Horizon = horizon,
            ToewijzingId = toewijzing.Id,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Indicatie {Besluitnummer} eindigt op {Opmaak.Datum(Einddatum)}: na de peildatum en uiterlijk op {Opmaak.Datum(Horizon)} "
        + $"(peildatum + 2 maanden). Actuele toewijzing {ToewijzingId} bij deze zorgaanbieder.";
}
