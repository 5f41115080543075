namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>What an <see cref="InstellingsvreemdSignaal"/> reports.</summary>
public enum InstellingsvreemdBevinding
{
    /// <summary>A toewijzing with a zorgprofiel of a sector the zorgaanbieder is not toegelaten for, without a toetsingsuitkomst.</summary>
    ToetsingNodig = 1,

    /// <summary>An AAT asks for a zorgprofiel of a sector the zorgaanbieder is not toegelaten for.</summary>
    AanvraagToetsingNodig = 2,

    /// <summary>A zorgprofiel of a toegelaten sector that is missing from the zorgaanbieder's productafspraak.</summary>
    ProductafspraakOntbreekt = 3,

    /// <summary>The toetsing decided to convert, but the toewijzing still carries the instellingsvreemde profiel after the decision.</summary>
    OmzettenNietVerwerkt = 4,

    /// <summary>The toetsing decided on another zorgaanbieder, but the toewijzing at this zorgaanbieder is still current.</summary>
    AndereAanbiederNietVerwerkt = 5,
}
