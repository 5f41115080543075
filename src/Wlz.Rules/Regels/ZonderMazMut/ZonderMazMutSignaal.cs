using NodaTime;
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

    /// <summary>Gets whether the cliënt is new for the zorgaanbieder (10 instead of 5 werkdagen).</summary>
    public required bool NieuweClient { get; init; }

    /// <summary>Gets the deadline and its derivation.</summary>
    public required WerkdagenTermijn Termijn { get; init; }

    /// <summary>Gets the werkdagen left until the deadline (positive), or overdue (negative); 0 on the deadline.</summary>
    public required int WerkdagenResterend { get; init; }

    /// <summary>Gets whether the zorgkantoor contacts the zorgaanbieder: more than 10 werkdagen after receipt.</summary>
    public required bool ZorgkantoorNeemtContactOp { get; init; }

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
        RuleDefinition regel, Client client, Zorgtoewijzing toewijzing, bool nieuw, ParametersOpPeildatum parameters, IWerkdagenkalender kalender)
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
        var uitleg =
            $"Toewijzing ontvangen op {Opmaak.Datum(ontvangst)}"
            + (toewijzing.Ontvangstdatum is null ? " (geen ontvangstdatum: toewijzingsdatum gebruikt)" : string.Empty)
            + "; geen MAZ en geen MUT ontvangen. "
            + (nieuw ? "Cliënt is nieuw voor deze zorgaanbieder (geen andere toewijzing met MAZ bij deze AGB-code): " : "Cliënt is bekend bij deze zorgaanbieder: ")
            + $"termijn {Opmaak.Getal(aantal)} werkdagen, uiterlijk {termijn}. "
            + (resterend >= 0 ? $"Nog {Opmaak.Werkdagen(resterend)}." : $"{Opmaak.Werkdagen(-resterend)} te laat.")
            + (contact
                ? $" Na {Opmaak.Getal(parameters.ContactNaWerkdagen)} werkdagen ({Opmaak.Datum(contactNa)}) neemt het zorgkantoor contact op."
                : string.Empty);
        return new ZonderMazMutSignaal
        {
            Lijst = ZonderMazMutLijsten.ZorgtoewijzingZonderMazMut,
            Regel = regel,
            ClientId = client.ClientId,
            Zorgaanbieder = toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = toewijzing.Id,
            Uitleg = uitleg,
            Ontvangstdatum = ontvangst,
            NieuweClient = nieuw,
            Termijn = termijn,
            WerkdagenResterend = resterend,
            ZorgkantoorNeemtContactOp = contact,
        };
    }
}
