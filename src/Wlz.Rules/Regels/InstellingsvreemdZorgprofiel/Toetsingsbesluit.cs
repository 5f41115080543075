namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>The three possible outcomes of the zorgkantoor's toetsing of an instellingsvreemd zorgprofiel.</summary>
/// <remarks>
/// "Naar aanleiding van de toetsing besluiten we of het instellingsvreemde zorgprofiel geleverd mag worden, omgezet
/// moet worden naar een instellingseigen zorgprofiel of dat de cliënt toegewezen dient te worden naar een andere
/// aanbieder." (Zorg in natura in een instelling, Instellingsvreemd zorgprofiel)
/// </remarks>
public enum Toetsingsbesluit
{
    /// <summary>The instellingsvreemde zorgprofiel may be delivered by the zorgaanbieder.</summary>
    Leveren = 1,

    /// <summary>The toewijzing must be converted to an instellingseigen zorgprofiel.</summary>
    Omzetten = 2,

    /// <summary>The cliënt must be assigned to another zorgaanbieder.</summary>
    AndereAanbieder = 3,
}
