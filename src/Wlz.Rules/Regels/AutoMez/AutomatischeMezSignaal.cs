using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>Gets the action "place an automatic MEZ": everything a caller needs to send the MEZ.</summary>
public sealed class AutomatischeMezSignaal : Signaal
{
    /// <summary>Gets the id of the toewijzing the MEZ is placed on.</summary>
    public required string ToewijzingId { get; init; }

    /// <summary>Gets the mutatiedatum of the MEZ: the einddatum of the toewijzing.</summary>
    public required LocalDate Mutatiedatum { get; init; }

    /// <summary>Gets the begindatum of the care that ends (the MAZ begindatum), required on a MUT einde zorg.</summary>
    public required LocalDate Begindatum { get; init; }

    /// <summary>Gets the mutatiecode: 19 (levering beëindigd, toewijzing sluiten).</summary>
    public required Mutatiecode Mutatiecode { get; init; }

    /// <summary>Gets the first day on which the MEZ could be placed.</summary>
    public required LocalDate Plaatsingsdatum { get; init; }

    /// <summary>Gets whether the zorgaanbieder withdrew a MUT einde zorg on this toewijzing.</summary>
    public required bool MezIngetrokken { get; init; }

    /// <summary>Gets the AutoMezTermijnDagen parameter the <see cref="Plaatsingsdatum"/> was computed with (21): the MEZ comes after more than that many days.</summary>
    public required int TermijnDagen { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("toewijzing", ToewijzingId),
        new("mutatiecode", Opmaak.Getal((int)Mutatiecode)),
        new("mutatiedatum", Opmaak.Datum(Mutatiedatum)),
        new("begindatum", Opmaak.Datum(Begindatum)),
        new("plaatsen vanaf", Opmaak.Datum(Plaatsingsdatum)),
        new("MUT einde zorg ingetrokken", Opmaak.JaNee(MezIngetrokken)),
        new("actie", Lijst.GevraagdeActie),
    ];

    /// <summary>Creates the action.</summary>
    /// <param name="regel">The rule that fired.</param>
    /// <param name="client">The cliënt.</param>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="begindatum">The begindatum of the (latest) MAZ.</param>
    /// <param name="termijnDagen">The AutoMezTermijnDagen parameter (21).</param>
    /// <param name="mezIngetrokken">Whether a MUT einde zorg was withdrawn.</param>
    /// <returns>The action.</returns>
    public static AutomatischeMezSignaal Maak(IRuleDefinition regel, Client client, Zorgtoewijzing toewijzing, LocalDate begindatum, int termijnDagen, bool mezIngetrokken)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(toewijzing);
        var einde = toewijzing.Einddatum ?? throw new ArgumentException("The toewijzing has no einddatum.", nameof(toewijzing));
        var plaatsing = Automez.Mezdatum(einde, termijnDagen);
        return new AutomatischeMezSignaal
        {
            Lijst = AutoMezLijsten.AutomatischeMez,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = toewijzing.Zorgaanbieder.Waarde,
            Onderwerp = toewijzing.Id,
            ToewijzingId = toewijzing.Id,
            Mutatiedatum = einde,
            Begindatum = begindatum,
            Mutatiecode = Mutatiecode.LeveringBeeindigdToewijzingSluiten,
            Plaatsingsdatum = plaatsing,
            MezIngetrokken = mezIngetrokken,
            TermijnDagen = termijnDagen,
        };
    }

    /// <inheritdoc/>
    protected override string MaakUitleg() =>
        $"Toewijzing met MAZ (begindatum {Opmaak.Datum(Begindatum)}), einddatum {Opmaak.Datum(Mutatiedatum)} is meer dan {Opmaak.Getal(TermijnDagen)} dagen geleden "
        + $"(vanaf {Opmaak.Datum(Plaatsingsdatum)}), geen MEZ, en geen andere geldige of aansluitende toewijzing met MAZ: "
        + $"MEZ met mutatiecode 19 en mutatiedatum {Opmaak.Datum(Mutatiedatum)} (de einddatum)."
        + (MezIngetrokken ? " Er is een MUT einde zorg ingetrokken." : string.Empty);
}
