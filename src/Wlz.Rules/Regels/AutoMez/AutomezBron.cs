namespace Wlz.Rules.Regels.AutoMez;

/// <summary>
/// The source sentences and the documented reading of the automatic-MEZ conditions, written once and cited by
/// <see cref="BepaalAutomezKandidaat"/>, <see cref="BepaalAansluitendeToewijzingMetMaz"/>, <see cref="ToekomstigeAutomez"/>
/// and <see cref="AutomatischeMez"/>.
/// </summary>
internal static class AutomezBron
{
    /// <summary>The section of the source.</summary>
    public const string Sectie = "Toekomstige automez";

    /// <summary>First condition.</summary>
    public const string HeeftMaz = "De zorgtoewijzing heeft een MAZ en";

    /// <summary>Second condition.</summary>
    public const string EinddatumMeerDan21DagenGeleden = "de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden en";

    /// <summary>Third condition.</summary>
    public const string GeenAndereToewijzing = "er is geen andere geldige of aansluitende toewijzing met een MAZ.";

    /// <summary>The source's example of an aansluitende vervolgtoewijzing.</summary>
    public const string Vervolgtoewijzing = "Heeft u al een aansluitende vervolgtoewijzing gekregen? Bijvoorbeeld met een ander percentage? Stuur dan een MAZ op de vervolgtoewijzing. Op die manier wordt de MEZ niet geplaatst.";

    /// <summary>How the conditions are read (the choices the source leaves open).</summary>
    public const string Voorwaarden =
        "Toewijzing (niet ingetrokken) met een niet-verwijderde MAZ, einddatum E < P, zonder niet-ingetrokken MEZ (17/19/20), "
        + "en zonder andere toewijzing van dezelfde cliënt met een niet-verwijderde MAZ die geldig is op P of aansluitend is "
        + "(ingangsdatum ≤ E + AansluitendMaxDagenNaEinddatum = 1 en nog lopend na E). Keuze: 'andere' toewijzing bij elke "
        + "zorgaanbieder (de bron beperkt het niet), ook met een ander percentage. Een ingetrokken MEZ telt niet als MEZ. "
        + "MEZ-datum = E + AutoMezTermijnDagen (21) + 1: de eerste dag 'meer dan 21 dagen geleden'. ";
}
