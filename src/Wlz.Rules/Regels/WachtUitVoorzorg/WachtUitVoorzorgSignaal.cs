using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.WachtUitVoorzorg;

/// <summary>Gets an entry of the list "Wacht uit voorzorg meer dan 1 jaar".</summary>
public sealed class WachtUitVoorzorgSignaal : Signaal
{
    /// <summary>Gets the classificatie of the wachtstatus.</summary>
    public required Classificatie? Classificatie { get; init; }

    /// <summary>Gets the date the status Wacht uit voorzorg applies from.</summary>
    public required LocalDate Sinds { get; init; }

    /// <summary>Gets the date one year after <see cref="Sinds"/> (29 February + 1 year = 28 February); the peildatum is after it.</summary>
    public required LocalDate EenJaarNa { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("classificatie", Classificatie is { } c ? Opmaak.Code(c) : string.Empty),
        new("sinds", Opmaak.Datum(Sinds)),
        new("een jaar na", Opmaak.Datum(EenJaarNa)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="wachtstatus">The current wachtstatus (3).</param>
    /// <param name="eenJaarNa">Sinds plus the horizon.</param>
    /// <returns>The entry.</returns>
    public static WachtUitVoorzorgSignaal Maak(IRuleDefinition regel, Client client, ActueleWachtstatus wachtstatus, LocalDate eenJaarNa)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(wachtstatus);
        return new WachtUitVoorzorgSignaal
        {
            Lijst = WachtUitVoorzorgLijsten.WachtUitVoorzorgMeerDan1Jaar,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = wachtstatus.Toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = wachtstatus.ToewijzingId,
            Classificatie = wachtstatus.Classificatie,
            Sinds = wachtstatus.Sinds,
            EenJaarNa = eenJaarNa,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Wacht uit voorzorg sinds {Opmaak.Datum(Sinds)}; meer dan een jaar (na {Opmaak.Datum(EenJaarNa)}), "
        + "en de cliënt is op de peildatum op een andere toewijzing in zorg.";
}
