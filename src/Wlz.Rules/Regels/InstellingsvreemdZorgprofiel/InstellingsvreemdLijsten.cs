using Wlz.Rules.Engine;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>The list of the instellingsvreemd zorgprofiel rule set.</summary>
public static class InstellingsvreemdLijsten
{
    /// <summary>The source document of this rule set.</summary>
    public const string Document = "Zorg in natura in een instelling";

    /// <summary>The section of the source document.</summary>
    public const string Sectie = "Instellingsvreemd zorgprofiel";

    /// <summary>The source sentence that asks for the toetsing.</summary>
    public const string ToetsingZin =
        "Bij elke aanvraag voor toewijzing van een instellingsvreemd zorgprofiel toetsen we inhoudelijk of de instelling kan voldoen aan de productspecificaties van het instellingsvreemde zorgprofiel.";

    /// <summary>The source sentence that names the three outcomes of a toetsing.</summary>
    public const string UitkomstZin =
        "Naar aanleiding van de toetsing besluiten we of het instellingsvreemde zorgprofiel geleverd mag worden, omgezet moet worden naar een instellingseigen zorgprofiel of dat de cliënt toegewezen dient te worden naar een andere aanbieder.";

    /// <summary>The source sentence that defines an instellingsvreemd zorgprofiel.</summary>
    public const string DefinitieZin =
        "We spreken van een instellingsvreemd zorgprofiel wanneer een cliënt met een zorgprofiel graag de zorg wil ontvangen bij een instelling die niet is toegelaten voor het specifieke zorgprofiel.";

    /// <summary>The source sentence on the agreed set of zorgprofielen per zorgaanbieder.</summary>
    public const string AfspraakZin =
        "Het zorgkantoor spreekt met elke zorgaanbieder een set zorgprofielen af die passen bij het zorgaanbod van die aanbieder.";

    /// <summary>The source sentence on profiles of another sector "in beperkte mate".</summary>
    public const string BeperkteMateZin =
        "Het betreft de zorgprofielen bij de sector waarvoor de zorgaanbieder is toegelaten, maar het kan ook in beperkte mate gaan om zorgprofielen uit een andere sector.";

    /// <summary>
    /// Gets the list "Instellingsvreemd zorgprofiel": toewijzingen and aanvragen that need a toetsing, or whose
    /// toewijzing does not follow the toetsing's outcome. Cadence <see cref="Cadans.Direct"/>: the source asks for a
    /// toetsing "bij elke aanvraag", not on a weekly or monthly run.
    /// </summary>
    public static Lijstdefinitie Instellingsvreemd { get; } = new(
        "INSTELLINGSVREEMD",
        "Instellingsvreemd zorgprofiel",
        Cadans.Direct,
        "Toetsen of de instelling kan voldoen aan de productspecificaties van het instellingsvreemde zorgprofiel, en de toewijzing in lijn brengen met het besluit (leveren, omzetten naar een instellingseigen zorgprofiel of toewijzen aan een andere aanbieder).",
        new RuleSource(Document, Sectie, ToetsingZin));
}
