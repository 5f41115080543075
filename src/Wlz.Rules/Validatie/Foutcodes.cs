namespace Wlz.Rules.Validatie;

/// <summary>The stable error codes of validation failures. A code never changes meaning; new checks get new codes.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Code</term><description>Meaning</description></listheader>
/// <item><term>WLZ-V001</term><description><see cref="BsnOngeldig"/>: The BSN is not nine digits passing the 11-proef. Fact: Client; field: Bsn. Source: CS002.</description></item>
/// <item><term>WLZ-V002</term><description><see cref="ClientIdOntbreekt"/>: The cliënt has no key. Fact: Client; field: ClientId. Source: —.</description></item>
/// <item><term>WLZ-V003</term><description><see cref="AgbCodeOngeldig"/>: The AGB code is not eight digits. Fact: Zorgtoewijzing; field: Zorgaanbieder. Source: LDT_AgbCode, TR042.</description></item>
/// <item><term>WLZ-V004</term><description><see cref="EinddatumVoorIngangsdatum"/>: The einddatum lies before the ingangsdatum. Fact: Indicatie, Zorgtoewijzing, Aat; field: Einddatum. Source: CS003.</description></item>
/// <item><term>WLZ-V005</term><description><see cref="PercentageOngeldig"/>: The percentage is not 1–100 in whole percents (fractions allowed for PGB only). Fact: Zorgtoewijzing; field: Percentage. Source: CS129, CS130.</description></item>
/// <item><term>WLZ-V006</term><description><see cref="ClassificatieOntbreekt"/>: Leveringsstatus 2, 3, 6 or 7 without a classificatie. Fact: Mutatie; field: Classificatie. Source: CD090.</description></item>
/// <item><term>WLZ-V007</term><description><see cref="ClassificatieNietToegestaan"/>: A classificatie with leveringsstatus 4 or 5, which must leave it empty. Fact: Mutatie; field: Classificatie. Source: CD090.</description></item>
/// <item><term>WLZ-V008</term><description><see cref="ClassificatieHoortNietBijLeveringsstatus"/>: A classificatie that does not belong to the leveringsstatus. Fact: Mutatie; field: Classificatie. Source: CS131.</description></item>
/// <item><term>WLZ-V009</term><description><see cref="LeveringsstatusOntbreekt"/>: The mutatie has no leveringsstatus. Fact: Mutatie; field: Leveringsstatus. Source: TR046.</description></item>
/// <item><term>WLZ-V010</term><description><see cref="LeveringsstatusNietToegestaanBijMutatiecode"/>: The leveringsstatus is not allowed with the mutatiecode. Fact: Mutatie; field: Leveringsstatus. Source: TR046.</description></item>
/// <item><term>WLZ-V011</term><description><see cref="BegindatumHoortNietBijMutatiecode"/>: Begindatum missing for 17, 19 or 20, or filled for 12, 18 or 21. Fact: Mutatie; field: Begindatum. Source: TR066.</description></item>
/// <item><term>WLZ-V012</term><description><see cref="MutatiedatumVoorBegindatum"/>: The mutatiedatum lies before the begindatum. Fact: Mutatie; field: Mutatiedatum. Source: TR018.</description></item>
/// <item><term>WLZ-V013</term><description><see cref="BegindatumBuitenToewijzing"/>: The MAZ begindatum lies outside the toewijzing. Fact: Maz; field: Begindatum. Source: TR017.</description></item>
/// <item><term>WLZ-V014</term><description><see cref="SleuteldatumBuitenToewijzing"/>: The sleuteldatum lies outside the toewijzing. Fact: Maz; field: Sleuteldatum. Source: TR017.</description></item>
/// <item><term>WLZ-V015</term><description><see cref="SleuteldatumNietVoorBegindatum"/>: The sleuteldatum is not before the begindatum. Fact: Maz; field: Sleuteldatum. Source: CS088.</description></item>
/// <item><term>WLZ-V016</term><description><see cref="SleuteldatumTeVroeg"/>: The sleuteldatum lies more than 14 days before the begindatum. Fact: Maz; field: Sleuteldatum. Source: AW35 (CZ), parameter.</description></item>
/// <item><term>WLZ-V017</term><description><see cref="OnbekendeToewijzing"/>: The fact points at no toewijzing of the dossier. Fact: Maz, Mutatie, Aat; field: ToewijzingId. Source: TR019.</description></item>
/// <item><term>WLZ-V018</term><description><see cref="DubbeleToewijzingId"/>: Two toewijzingen of the dossier have the same id. Fact: Zorgtoewijzing; field: Id. Source: TR074.</description></item>
/// <item><term>WLZ-V019</term><description><see cref="DatumBuitenBereik"/>: A date outside the supported range (default 1990-01-01 to 2200-12-31). Fact: all; field: any date. Source: hostile input.</description></item>
/// <item><term>WLZ-V020</term><description><see cref="TeVeelFeiten"/>: The dossier holds more facts than allowed (default 10 000). Fact: Dossier; field: —. Source: hostile input.</description></item>
/// <item><term>WLZ-V021</term><description><see cref="VeldOntbreekt"/>: A required field is empty or null. Fact: all; field: any required field. Source: —.</description></item>
/// <item><term>WLZ-V022</term><description><see cref="OnbekendeCode"/>: A value outside its iWlz code list. Fact: all; field: any code. Source: CS012.</description></item>
/// <item><term>WLZ-V023</term><description><see cref="BesluitnummerOngeldig"/>: The besluitnummer is not a number 1–999999999. Fact: Indicatie, Zorgtoewijzing; field: Besluitnummer. Source: LDT_Besluitnummer.</description></item>
/// <item><term>WLZ-V024</term><description><see cref="MutatiedatumNaEinddatumToewijzing"/>: The mutatiedatum lies after the einddatum of the toewijzing. Fact: Mutatie; field: Mutatiedatum. Source: TR020.</description></item>
/// <item><term>WLZ-V025</term><description><see cref="MutatiecodeNietBijSoort"/>: Mutatiecode 12 on a toewijzing that is not Regulier. Fact: Mutatie; field: Mutatiecode. Source: TR073.</description></item>
/// <item><term>WLZ-V026</term><description><see cref="OntvangstdatumVoorToewijzingsdatum"/>: The zorgaanbieder received the toewijzing before it was made. Fact: Zorgtoewijzing; field: Ontvangstdatum. Source: —.</description></item>
/// <item><term>WLZ-V027</term><description><see cref="DossierDubbel"/>: The dossier repeats the key of an earlier dossier in the same run. Fact: Client; field: ClientId. Source: —.</description></item>
/// </list>
/// The iWlz rule texts are in the iWlz 2.2 validation catalogue (<c>validatieregels.txt</c>).
/// </remarks>
public static class Foutcodes
{
    /// <summary>WLZ-V001: The BSN is not nine digits passing the 11-proef. Source: CS002.</summary>
    public const string BsnOngeldig = "WLZ-V001";

    /// <summary>WLZ-V002: The cliënt has no key. Source: —.</summary>
    public const string ClientIdOntbreekt = "WLZ-V002";

    /// <summary>WLZ-V003: The AGB code is not eight digits. Source: LDT_AgbCode, TR042.</summary>
    public const string AgbCodeOngeldig = "WLZ-V003";

    /// <summary>WLZ-V004: The einddatum lies before the ingangsdatum. Source: CS003.</summary>
    public const string EinddatumVoorIngangsdatum = "WLZ-V004";

    /// <summary>WLZ-V005: The percentage is not 1–100 in whole percents (fractions allowed for PGB only). Source: CS129, CS130.</summary>
    public const string PercentageOngeldig = "WLZ-V005";

    /// <summary>WLZ-V006: Leveringsstatus 2, 3, 6 or 7 without a classificatie. Source: CD090.</summary>
    public const string ClassificatieOntbreekt = "WLZ-V006";

    /// <summary>WLZ-V007: A classificatie with leveringsstatus 4 or 5, which must leave it empty. Source: CD090.</summary>
    public const string ClassificatieNietToegestaan = "WLZ-V007";

    /// <summary>WLZ-V008: A classificatie that does not belong to the leveringsstatus. Source: CS131.</summary>
    public const string ClassificatieHoortNietBijLeveringsstatus = "WLZ-V008";

    /// <summary>WLZ-V009: The mutatie has no leveringsstatus. Source: TR046.</summary>
    public const string LeveringsstatusOntbreekt = "WLZ-V009";

    /// <summary>WLZ-V010: The leveringsstatus is not allowed with the mutatiecode. Source: TR046.</summary>
    public const string LeveringsstatusNietToegestaanBijMutatiecode = "WLZ-V010";

    /// <summary>WLZ-V011: Begindatum missing for 17, 19 or 20, or filled for 12, 18 or 21. Source: TR066.</summary>
    public const string BegindatumHoortNietBijMutatiecode = "WLZ-V011";

    /// <summary>WLZ-V012: The mutatiedatum lies before the begindatum. Source: TR018.</summary>
    public const string MutatiedatumVoorBegindatum = "WLZ-V012";

    /// <summary>WLZ-V013: The MAZ begindatum lies outside the toewijzing. Source: TR017.</summary>
    public const string BegindatumBuitenToewijzing = "WLZ-V013";

    /// <summary>WLZ-V014: The sleuteldatum lies outside the toewijzing. Source: TR017.</summary>
    public const string SleuteldatumBuitenToewijzing = "WLZ-V014";

    /// <summary>WLZ-V015: The sleuteldatum is not before the begindatum. Source: CS088.</summary>
    public const string SleuteldatumNietVoorBegindatum = "WLZ-V015";

    /// <summary>WLZ-V016: The sleuteldatum lies more than 14 days before the begindatum. Source: AW35 (CZ), parameter.</summary>
    public const string SleuteldatumTeVroeg = "WLZ-V016";

    /// <summary>WLZ-V017: The fact points at no toewijzing of the dossier. Source: TR019.</summary>
    public const string OnbekendeToewijzing = "WLZ-V017";

    /// <summary>WLZ-V018: Two toewijzingen of the dossier have the same id. Source: TR074.</summary>
    public const string DubbeleToewijzingId = "WLZ-V018";

    /// <summary>WLZ-V019: A date outside the supported range (default 1990-01-01 to 2200-12-31). Source: hostile input.</summary>
    public const string DatumBuitenBereik = "WLZ-V019";

    /// <summary>WLZ-V020: The dossier holds more facts than allowed (default 10 000). Source: hostile input.</summary>
    public const string TeVeelFeiten = "WLZ-V020";

    /// <summary>WLZ-V021: A required field is empty or null. Source: —.</summary>
    public const string VeldOntbreekt = "WLZ-V021";

    /// <summary>WLZ-V022: A value outside its iWlz code list. Source: CS012.</summary>
    public const string OnbekendeCode = "WLZ-V022";

    /// <summary>WLZ-V023: The besluitnummer is not a number 1–999999999. Source: LDT_Besluitnummer.</summary>
    public const string BesluitnummerOngeldig = "WLZ-V023";

    /// <summary>WLZ-V024: The mutatiedatum lies after the einddatum of the toewijzing. Source: TR020.</summary>
    public const string MutatiedatumNaEinddatumToewijzing = "WLZ-V024";

    /// <summary>WLZ-V025: Mutatiecode 12 on a toewijzing that is not Regulier. Source: TR073.</summary>
    public const string MutatiecodeNietBijSoort = "WLZ-V025";

    /// <summary>WLZ-V026: The zorgaanbieder received the toewijzing before it was made. Source: —.</summary>
    public const string OntvangstdatumVoorToewijzingsdatum = "WLZ-V026";

    /// <summary>WLZ-V027: The dossier repeats the key of an earlier dossier in the same run. Source: —.</summary>
    public const string DossierDubbel = "WLZ-V027";
}
