using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.ZonderMazMut;

/// <summary>Gets an entry of the list "Zorgtoewijzing zonder MAZ/MUT".</summary>
public sealed class ZonderMazMutSignaal : Signaal
{
    /// <summary>Gets the date the zorgaanbieder received the toewijzing.</summary>
    public required LocalDate Ontvangstdatum { get; init; }

    /// <summary>Gets whether the toewijzing has no ontvangstdatum, so <see cref="Ontvangstdatum"/> is its toewijzingsdatum.</summary>
    public required bool ZonderOntvangstdatum { get; init; }

    /// <summary>Gets whether the cliënt is new for the zorgaanbieder (10 instead of 5 werkdagen).</summary>
    public required bool NieuweClient { get; init; }

    /// <summary>Gets the deadline and its derivation.</summary>
    public required WerkdagenTermijn Termijn { get; init; }

    /// <summary>Gets the werkdagen left until the deadline (positive), or overdue (negative); 0 on the deadline.</summary>
    public required int WerkdagenResterend { get; init; }

    /// <summary>Gets whether the zorgkantoor contacts the zorgaanbieder: the peildatum is after <see cref="ContactNa"/>.</summary>
    public required bool ZorgkantoorNeemtContactOp { get; init; }

    /// <summary>Gets the ContactNaWerkdagen parameter (10): after that many werkdagen from receipt the zorgkantoor makes contact.</summary>
    public required int ContactNaWerkdagen { get; init; }

    /// <summary>Gets the day <see cref="ContactNaWerkdagen"/> werkdagen after <see cref="Ontvangstdatum"/>; after it the zorgkantoor makes contact.</summary>
    public required LocalDate ContactNa { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("ontvangstdatum", Opmaak.Datum(Ontvangstdatum)),
        new("nieuwe cliënt", Opmaak.JaNee(NieuweClient)),
        new("uiterste datum", Opmaak.Datum(Termijn.Einde)),
        new("werkdagen resterend", Opmaak.Getal(WerkdagenResterend)),
        new("zorgkantoor neemt contact op", Opmaak.JaNee(ZorgkantoorNeemtContactOp)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the entry for a toewijzing without MAZ or MUT.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="nieuw">Whether the cliënt is new for the zorgaanbieder.</param>
    /// <param name="parameters">The parameters on the peildatum.</param>
    /// <param name="kalender">The werkdagen calendar.</param>
    /// <returns>The entry.</returns>
    public static ZonderMazMutSignaal Maak(
        IRuleDefinition regel, Client client, Zorgtoewijzing toewijzing, bool nieuw, ParametersOpPeildatum parameters, IWerkdagenkalender kalender)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(toewijzing);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(kalender);
        var p = parameters.Peildatum;
        var ontvangst = toewijzing.EffectieveOntvangstdatum;
        var aantal = nieuw ? parameters.MazMutTermijnNieuweClientWerkdagen : parameters.MazMutTermijnWerkdagen;
        var termijn = WerkdagenTermijn.Calculate(kalender, ontvangst, aantal);
        var resterend = kalender.CountWerkdagen(p.PlusDays(1), termijn.Einde.PlusDays(1));
        var contactNa = kalender.AddWerkdagen(ontvangst, parameters.ContactNaWerkdagen);
        var contact = p > contactNa;
        return new ZonderMazMutSignaal
        {
            Lijst = ZonderMazMutLijsten.ZorgtoewijzingZonderMazMut,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = toewijzing.Id,
            Ontvangstdatum = ontvangst,
            NieuweClient = nieuw,
            Termijn = termijn,
            WerkdagenResterend = resterend,
            ZorgkantoorNeemtContactOp = contact,
            ZonderOntvangstdatum = toewijzing.Ontvangstdatum is null,
            ContactNaWerkdagen = parameters.ContactNaWerkdagen,
            ContactNa = contactNa,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Toewijzing ontvangen op {Opmaak.Datum(Ontvangstdatum)}"
        + (ZonderOntvangstdatum ? " (geen ontvangstdatum: toewijzingsdatum gebruikt)" : string.Empty)
        + "; geen MAZ en geen MUT ontvangen. "
        + (NieuweClient ? "Cliënt is nieuw voor deze zorgaanbieder (geen andere toewijzing met MAZ bij deze AGB-code): " : "Cliënt is bekend bij deze zorgaanbieder: ")
        + $"termijn {Opmaak.Getal(Termijn.Aantal)} werkdagen, uiterlijk {Termijn}. "
        + (WerkdagenResterend >= 0 ? $"Nog {Opmaak.Werkdagen(WerkdagenResterend)}." : $"{Opmaak.Werkdagen(-WerkdagenResterend)} te laat.")
        + (ZorgkantoorNeemtContactOp
            ? $" Na {Opmaak.Getal(ContactNaWerkdagen)} werkdagen ({Opmaak.Datum(ContactNa)}) neemt het zorgkantoor contact op."
            : string.Empty);
}
