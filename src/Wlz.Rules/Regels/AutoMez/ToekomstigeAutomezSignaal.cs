using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Gets an entry of the list "Toekomstige automez": a MEZ the zorgkantoor will place.</summary>
public sealed class ToekomstigeAutomezSignaal : Signaal
{
    /// <summary>Gets the einddatum of the toewijzing.</summary>
    public required LocalDate Einddatum { get; init; }

    /// <summary>Gets the date on which the zorgkantoor will place the MEZ.</summary>
    public required LocalDate GeplandeMezdatum { get; init; }

    /// <summary>Gets the calendar days left until <see cref="GeplandeMezdatum"/>.</summary>
    public required int DagenTotMez { get; init; }

    /// <summary>Gets whether the zorgaanbieder withdrew a MUT einde zorg on this toewijzing.</summary>
    public required bool MezIngetrokken { get; init; }

    /// <summary>Gets the AutoMezTermijnDagen parameter the <see cref="GeplandeMezdatum"/> was computed with (21): the MEZ comes after more than that many days.</summary>
    public required int TermijnDagen { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", Onderwerp ?? string.Empty),
        new("einddatum", Opmaak.Datum(Einddatum)),
        new("geplande MEZ-datum", Opmaak.Datum(GeplandeMezdatum)),
        new("dagen tot MEZ", Opmaak.Getal(DagenTotMez)),
        new("MUT einde zorg ingetrokken", Opmaak.JaNee(MezIngetrokken)),
        new("actie", Lijst.GevraagdeActie + (MezIngetrokken ? " " + AutoMezLijsten.NotitieIngetrokkenMez : string.Empty)),
    ];

    /// <summary>Creates the entry.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="termijnDagen">The AutoMezTermijnDagen parameter (21).</param>
    /// <param name="mezIngetrokken">Whether a MUT einde zorg was withdrawn.</param>
    /// <returns>The entry.</returns>
    public static ToekomstigeAutomezSignaal Maak(IRuleDefinition regel, Client client, Zorgtoewijzing toewijzing, LocalDate peildatum, int termijnDagen, bool mezIngetrokken)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(toewijzing);
        var einde = toewijzing.Einddatum ?? throw new ArgumentException("The toewijzing has no einddatum.", nameof(toewijzing));
        var mezdatum = Automez.Mezdatum(einde, termijnDagen);
        var dagen = Period.DaysBetween(peildatum, mezdatum);
        return new ToekomstigeAutomezSignaal
        {
            Lijst = AutoMezLijsten.ToekomstigeAutomez,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = toewijzing.Id,
            Einddatum = einde,
            GeplandeMezdatum = mezdatum,
            DagenTotMez = dagen,
            MezIngetrokken = mezIngetrokken,
            TermijnDagen = termijnDagen,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Toewijzing met MAZ, einddatum {Opmaak.Datum(Einddatum)} verstreken, geen MEZ, en geen andere geldige of aansluitende toewijzing met MAZ. "
        + $"MEZ wordt geplaatst op {Opmaak.Datum(GeplandeMezdatum)} (einddatum + {Opmaak.Getal(TermijnDagen)} + 1 dagen: de eerste dag meer dan {Opmaak.Getal(TermijnDagen)} dagen na de einddatum), "
        + $"over {Opmaak.Dagen(DagenTotMez)}."
        + (MezIngetrokken ? " " + AutoMezLijsten.NotitieIngetrokkenMez : string.Empty);
}
