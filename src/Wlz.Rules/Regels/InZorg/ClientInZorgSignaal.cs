using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.InZorg;

/// <summary>Gets an entry of the list "Cliënten in zorg".</summary>
public sealed class ClientInZorgSignaal : Signaal
{
    /// <summary>Gets the begindatum of the MAZ.</summary>
    public required LocalDate Begindatum { get; init; }

    /// <summary>Gets the date of a MEZ on or after the peildatum (the last day in care), if one has arrived.</summary>
    public required LocalDate? Mezdatum { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("begindatum", Opmaak.Datum(Begindatum)),
        new("MEZ-datum", Opmaak.Datum(Mezdatum)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="inZorg">The toewijzing in zorg.</param>
    /// <returns>The entry.</returns>
    public static ClientInZorgSignaal Maak(IRuleDefinition regel, Client client, ToewijzingInZorg inZorg)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(inZorg);
        return new ClientInZorgSignaal
        {
            Lijst = InZorgLijsten.ClientenInZorg,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = inZorg.Toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = inZorg.ToewijzingId,
            Begindatum = inZorg.Begindatum,
            Mezdatum = inZorg.Mezdatum,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"MAZ met begindatum {Opmaak.Datum(Begindatum)} (niet verwijderd), geen MEZ, einddatum of intrekking vóór de peildatum"
        + (Mezdatum is { } m ? $"; MEZ per {Opmaak.Datum(m)} ontvangen." : ".");
}
