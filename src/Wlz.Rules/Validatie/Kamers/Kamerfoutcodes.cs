namespace Wlz.Rules.Validatie.Kamers;

/// <summary>The stable error codes of the validation of a <see cref="Model.Kamers.Kamerdossier"/>. A code never changes meaning.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Code</term><description>Meaning</description></listheader>
/// <item><term>WLZ-K001</term><description><see cref="VeldOntbreekt"/>: a required fact or field is missing.</description></item>
/// <item><term>WLZ-K002</term><description><see cref="AgbCodeOngeldig"/>: the AGB code of the room is not eight digits.</description></item>
/// <item><term>WLZ-K003</term><description><see cref="OnbekendeCode"/>: the vertrekreden is not a known value.</description></item>
/// <item><term>WLZ-K004</term><description><see cref="DatumBuitenBereik"/>: a date outside the supported range.</description></item>
/// <item><term>WLZ-K005</term><description><see cref="IntrekNietNaVertrek"/>: the intrek is on or before the last day of the departing cliënt.</description></item>
/// <item><term>WLZ-K006</term><description><see cref="SleuteldatumNaIntrek"/>: the sleuteldatum is after the intrek.</description></item>
/// <item><term>WLZ-K007</term><description><see cref="EinddatumVoorBegindatum"/>: a declaration line ends before it begins.</description></item>
/// <item><term>WLZ-K008</term><description><see cref="AantalOngeldig"/>: the aantal of a line is not the number of days from begindatum to einddatum.</description></item>
/// <item><term>WLZ-K009</term><description><see cref="DubbelRegelnummer"/>: two lines have the same regelnummer.</description></item>
/// <item><term>WLZ-K010</term><description><see cref="ZelfdeClient"/>: the cliënt who moves in is the cliënt who left.</description></item>
/// <item><term>WLZ-K011</term><description><see cref="TeVeelRegels"/>: more lines than allowed (hostile input).</description></item>
/// </list>
/// </remarks>
public static class Kamerfoutcodes
{
    /// <summary>WLZ-K001: a required fact or field is missing.</summary>
    public const string VeldOntbreekt = "WLZ-K001";

    /// <summary>WLZ-K002: the AGB code of the room is not eight digits.</summary>
    public const string AgbCodeOngeldig = "WLZ-K002";

    /// <summary>WLZ-K003: the vertrekreden is not a known value.</summary>
    public const string OnbekendeCode = "WLZ-K003";

    /// <summary>WLZ-K004: a date outside the supported range.</summary>
    public const string DatumBuitenBereik = "WLZ-K004";

    /// <summary>WLZ-K005: the intrek is on or before the last day of the departing cliënt.</summary>
    public const string IntrekNietNaVertrek = "WLZ-K005";

    /// <summary>WLZ-K006: the sleuteldatum is after the intrek.</summary>
    public const string SleuteldatumNaIntrek = "WLZ-K006";

    /// <summary>WLZ-K007: a declaration line ends before it begins.</summary>
    public const string EinddatumVoorBegindatum = "WLZ-K007";

    /// <summary>WLZ-K008: the aantal of a line is not the number of days from begindatum to einddatum inclusive.</summary>
    public const string AantalOngeldig = "WLZ-K008";

    /// <summary>WLZ-K009: two lines have the same regelnummer.</summary>
    public const string DubbelRegelnummer = "WLZ-K009";

    /// <summary>WLZ-K010: the cliënt who moves in is the cliënt who left.</summary>
    public const string ZelfdeClient = "WLZ-K010";

    /// <summary>WLZ-K011: more declaration lines than allowed (<see cref="DossierValidatieOpties.MaxFeitenPerDossier"/>).</summary>
    public const string TeVeelRegels = "WLZ-K011";
}
