using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.UrgentActiefPlaatsen;

/// <summary>Gets an entry of the list "Urgent plaatsen en actief plaatsen".</summary>
public sealed class UrgentActiefPlaatsenSignaal : Signaal
{
    /// <summary>Gets the leveringsstatus: 6 or 7.</summary>
    public required Leveringsstatus Leveringsstatus { get; init; }

    /// <summary>Gets the classificatie.</summary>
    public required Classificatie? Classificatie { get; init; }

    /// <summary>Gets the date the status applies from.</summary>
    public required LocalDate Sinds { get; init; }

    /// <summary>Gets the streefnorm in days, or <see langword="null"/> when none is known for the status and classificatie.</summary>
    public required int? StreefnormDagen { get; init; }

    /// <summary>Gets the streefdatum (since + streefnorm), if a streefnorm is known.</summary>
    public required LocalDate? Streefdatum { get; init; }

    /// <summary>Gets the days left until the streefdatum (negative when passed), if a streefnorm is known.</summary>
    public required int? DagenTotStreefdatum { get; init; }

    /// <summary>Gets whether the streefdatum has passed: contact the zorgkantoor.</summary>
    public required bool ContactZorgkantoor { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("leveringsstatus", Opmaak.Code(Leveringsstatus)),
        new("classificatie", Classificatie is { } c ? Opmaak.Code(c) : string.Empty),
        new("sinds", Opmaak.Datum(Sinds)),
        new("streefnorm dagen", StreefnormDagen is { } n ? Opmaak.Getal(n) : "geen streefnorm bekend"),
        new("streefdatum", Opmaak.Datum(Streefdatum)),
        new("dagen tot streefdatum", DagenTotStreefdatum is { } d ? Opmaak.Getal(d) : string.Empty),
        new("contact zorgkantoor", Opmaak.JaNee(ContactZorgkantoor)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="wachtstatus">The current wachtstatus.</param>
    /// <param name="parameters">The parameters on the peildatum.</param>
    /// <returns>The entry.</returns>
    public static UrgentActiefPlaatsenSignaal Maak(IRuleDefinition regel, Client client, ActueleWachtstatus wachtstatus, ParametersOpPeildatum parameters)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(wachtstatus);
        ArgumentNullException.ThrowIfNull(parameters);
        var norm = wachtstatus.Classificatie is { } c ? parameters.Streefnorm(wachtstatus.Leveringsstatus, c) : null;
        LocalDate? streefdatum = norm is null ? null : wachtstatus.Sinds.PlusDays(norm.Dagen);
        int? dagen = streefdatum is { } s ? Period.DaysBetween(parameters.Peildatum, s) : null;
        var contact = streefdatum is { } sd && parameters.Peildatum > sd;
        return new UrgentActiefPlaatsenSignaal
        {
            Lijst = UrgentActiefPlaatsenLijsten.UrgentEnActiefPlaatsen,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = wachtstatus.Toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = wachtstatus.ToewijzingId,
            GebruiktVoorbeeldwaarde = norm?.IsVoorbeeld ?? false,
            Leveringsstatus = wachtstatus.Leveringsstatus,
            Classificatie = wachtstatus.Classificatie,
            Sinds = wachtstatus.Sinds,
            StreefnormDagen = norm?.Dagen,
            Streefdatum = streefdatum,
            DagenTotStreefdatum = dagen,
            ContactZorgkantoor = contact,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg()
    {
        var status = $"Leveringsstatus {Opmaak.Code(Leveringsstatus)} ({Leveringsstatus}) "
            + $"classificatie {(Classificatie is { } k ? Opmaak.Code(k) : "-")} sinds {Opmaak.Datum(Sinds)}. ";
        return StreefnormDagen is not { } norm || DagenTotStreefdatum is not { } dagen
            ? status + "Geen streefnorm bekend voor deze status en classificatie."
            : status + $"Streefdatum = sinds + {Opmaak.Getal(norm)} dagen streefnorm{(GebruiktVoorbeeldwaarde ? " (VOORBEELDWAARDE)" : string.Empty)} = {Opmaak.Datum(Streefdatum)}; "
                + (ContactZorgkantoor ? $"{Opmaak.Dagen(-dagen)} verstreken: neem contact op met het zorgkantoor." : $"nog {Opmaak.Dagen(dagen)}.");
    }
}
