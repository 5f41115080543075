using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.Wachtlijst;

/// <summary>Gets an entry of the list "Wachtlijst".</summary>
public sealed class WachtlijstSignaal : Signaal
{
    /// <summary>Gets the wachtstatus.</summary>
    public required Leveringsstatus Leveringsstatus { get; init; }

    /// <summary>Gets the classificatie.</summary>
    public required Classificatie? Classificatie { get; init; }

    /// <summary>Gets the date the status applies from.</summary>
    public required LocalDate Sinds { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("leveringsstatus", Opmaak.Code(Leveringsstatus)),
        new("classificatie", Classificatie is { } c ? Opmaak.Code(c) : string.Empty),
        new("sinds", Opmaak.Datum(Sinds)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="wachtstatus">The current wachtstatus.</param>
    /// <returns>The entry.</returns>
    public static WachtlijstSignaal Maak(IRuleDefinition regel, Client client, ActueleWachtstatus wachtstatus)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(wachtstatus);
        return new WachtlijstSignaal
        {
            Lijst = WachtlijstLijsten.Wachtlijst,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = wachtstatus.Toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = wachtstatus.ToewijzingId,
            Leveringsstatus = wachtstatus.Leveringsstatus,
            Classificatie = wachtstatus.Classificatie,
            Sinds = wachtstatus.Sinds,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Laatste MUT met wachtstatus: leveringsstatus {Opmaak.Code(Leveringsstatus)} ({Leveringsstatus}), "
        + $"classificatie {(Classificatie is { } k ? Opmaak.Code(k) : "-")}, mutatiedatum {Opmaak.Datum(Sinds)}; geen latere MAZ of MUT einde zorg.";
}
