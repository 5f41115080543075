namespace Wlz.Rules.Model;

/// <summary>The sector of a zorgprofiel and of a zorgaanbieder's toelating.</summary>
/// <remarks>
/// The grouping follows the COD163 codes (FACTS §3.2): VV = 750–759, 190, 191; GGZ = 760–772, 860–888;
/// VG = 800–814; LVG/SGLVG = 780–790; LG = 820–832; ZG = 840–856. It is used to decide whether a zorgprofiel is
/// instellingsvreemd: "Het betreft de zorgprofielen bij de sector waarvoor de zorgaanbieder is toegelaten".
/// </remarks>
public enum Sector
{
    /// <summary>Verpleging en verzorging (VV).</summary>
    Vv = 1,

    /// <summary>Geestelijke gezondheidszorg (GGZ-B, GGZ-C and GGZ-W).</summary>
    Ggz = 2,

    /// <summary>Verstandelijk gehandicapt (VG).</summary>
    Vg = 3,

    /// <summary>Licht verstandelijk gehandicapt, including sterk gedragsgestoord LVG (LVG, SGLVG).</summary>
    Lvg = 4,

    /// <summary>Lichamelijk gehandicapt (LG).</summary>
    Lg = 5,

    /// <summary>Zintuiglijk gehandicapt, visueel and auditief (ZGvis, ZGaud).</summary>
    Zg = 6,

    /// <summary>Administrative codes without a sector (996 Wlz-indiceerbaar, 997, 998 ZZPX, 999 ZZP0).</summary>
    Overig = 9,
}
