namespace Wlz.Rules.Regels;

/// <summary>
/// The stable ids of the rules, one constant per rule class (named after it): the value of its <c>[RuleId]</c>, used
/// in signals, exports, filters and week-over-week diffs. An id never changes when a rule is renamed or moved.
/// </summary>
public static class RegelIds
{
    // AanvullendeDiensten
    /// <summary>The id of the rule "Bedrag wijkt af van het goedgekeurde tarief".</summary>
    public const string BedragWijktAfVanGoedgekeurd = "AanvullendeDiensten.BedragWijktAfVanGoedgekeurd";

    /// <summary>The id of the rule "Bijbetaling vóór goedkeuring door de cliëntenraad".</summary>
    public const string BijbetalingVoorGoedkeuring = "AanvullendeDiensten.BijbetalingVoorGoedkeuring";

    /// <summary>The id of the rule "Bijbetaling voor Wlz-verzekerde zorg".</summary>
    public const string BijbetalingVoorVerzekerdeZorg = "AanvullendeDiensten.BijbetalingVoorVerzekerdeZorg";

    /// <summary>The id of the rule "Bijbetaling voor onbekende dienst".</summary>
    public const string BijbetalingZonderBekendeDienst = "AanvullendeDiensten.BijbetalingZonderBekendeDienst";

    /// <summary>The id of the rule "Aanvullende dienst niet bekendgemaakt".</summary>
    public const string DienstNietGepubliceerd = "AanvullendeDiensten.DienstNietGepubliceerd";

    /// <summary>The id of the rule "Niet goedgekeurd door de cliëntenraad".</summary>
    public const string DienstNietGoedgekeurd = "AanvullendeDiensten.DienstNietGoedgekeurd";

    /// <summary>The id of the rule "Aanvullende dienst verplicht gesteld".</summary>
    public const string DienstVerplichtGesteld = "AanvullendeDiensten.DienstVerplichtGesteld";

    /// <summary>The id of the rule "Onredelijk hoog tarief".</summary>
    public const string TariefOnredelijkHoog = "AanvullendeDiensten.TariefOnredelijkHoog";

    /// <summary>The id of the rule "Tarief wijkt af van het goedgekeurde tarief".</summary>
    public const string TariefWijktAfVanGoedgekeurd = "AanvullendeDiensten.TariefWijktAfVanGoedgekeurd";

    // AutoMez
    /// <summary>The id of the rule "Automatische MEZ".</summary>
    public const string AutomatischeMez = "AutoMez.AutomatischeMez";

    /// <summary>The id of the rule "Andere geldige of aansluitende toewijzing met een MAZ".</summary>
    public const string BepaalAansluitendeToewijzingMetMaz = "AutoMez.BepaalAansluitendeToewijzingMetMaz";

    /// <summary>The id of the rule "Kandidaat voor een automatische MEZ".</summary>
    public const string BepaalAutomezKandidaat = "AutoMez.BepaalAutomezKandidaat";

    /// <summary>The id of the rule "Toekomstige automez".</summary>
    public const string ToekomstigeAutomez = "AutoMez.ToekomstigeAutomez";

    // Bewonerslijst
    /// <summary>The id of the rule "Bewonerslijst".</summary>
    public const string BewonersInMaand = "Bewonerslijst.BewonersInMaand";

    // Gedeeld
    /// <summary>The id of the rule "Actuele wachtstatus van een toewijzing".</summary>
    public const string BepaalActueleWachtstatus = "Gedeeld.BepaalActueleWachtstatus";

    /// <summary>The id of the rule "Cliënt bekend bij zorgaanbieder".</summary>
    public const string BepaalMazBijZorgaanbieder = "Gedeeld.BepaalMazBijZorgaanbieder";

    /// <summary>The id of the rule "Toewijzing in zorg op de peildatum".</summary>
    public const string BepaalToewijzingInZorg = "Gedeeld.BepaalToewijzingInZorg";

    /// <summary>The id of the rule "Zorgperiode uit MAZ en MEZ".</summary>
    public const string BepaalZorgperiode = "Gedeeld.BepaalZorgperiode";

    // InZorg
    /// <summary>The id of the rule "Cliënten in zorg".</summary>
    public const string ClientenInZorg = "InZorg.ClientenInZorg";

    // Indicatiecontrole
    /// <summary>The id of the rule "Indicatiecontrole".</summary>
    public const string IndicatieLooptAf = "Indicatiecontrole.IndicatieLooptAf";

    // InstellingsvreemdZorgprofiel
    /// <summary>The id of the rule "Instellingsvreemd: aanvraag vraagt toetsing".</summary>
    public const string AanvraagToetsingNodig = "InstellingsvreemdZorgprofiel.AanvraagToetsingNodig";

    /// <summary>The id of the rule "Besluit andere aanbieder niet verwerkt".</summary>
    public const string AndereAanbiederNietVerwerkt = "InstellingsvreemdZorgprofiel.AndereAanbiederNietVerwerkt";

    /// <summary>The id of the rule "Instellingsvreemde toewijzing".</summary>
    public const string InstellingsvreemdeToewijzingAfleiden = "InstellingsvreemdZorgprofiel.InstellingsvreemdeToewijzing";

    /// <summary>The id of the rule "Besluit omzetten niet verwerkt".</summary>
    public const string OmzettenNietVerwerkt = "InstellingsvreemdZorgprofiel.OmzettenNietVerwerkt";

    /// <summary>The id of the rule "Toegelaten sector, productafspraak ontbreekt".</summary>
    public const string ProductafspraakOntbreekt = "InstellingsvreemdZorgprofiel.ProductafspraakOntbreekt";

    /// <summary>The id of the rule "Instellingsvreemd: toetsing nodig".</summary>
    public const string ToetsingNodig = "InstellingsvreemdZorgprofiel.ToetsingNodig";

    // Mutatiedagen
    /// <summary>The id of the rule "Extramurale zorg tot de intrek".</summary>
    public const string ExtramuraleZorgTotIntrek = "Mutatiedagen.ExtramuraleZorgTotIntrek";

    /// <summary>The id of the rule "Geen MUT of MAZ bij verhuizing binnen dezelfde locatie/AGB-code".</summary>
    public const string GeenBerichtBinnenAgb = "Mutatiedagen.GeenBerichtBinnenAgb";

    /// <summary>The id of the rule "Geen mutatiedagen bij interne verhuizing".</summary>
    public const string GeenMutatiedagenBijInterneVerhuizing = "Mutatiedagen.InterneVerhuizing";

    /// <summary>The id of the rule "Leegstand van een kamer bepalen".</summary>
    public const string LeegstandBepalen = "Mutatiedagen.Leegstand";

    /// <summary>The id of the rule "MAZ met sleuteldatum bij intrek".</summary>
    public const string MazMetSleuteldatum = "Mutatiedagen.MazMetSleuteldatum";

    /// <summary>The id of the rule "Meer mutatiedagen dan het maximum".</summary>
    public const string MeerDanMaximumMutatiedagen = "Mutatiedagen.MeerDanMaximum";

    /// <summary>The id of the rule "MUT bij verhuizing naar een andere AGB-code".</summary>
    public const string MutBijVerhuizingAndereAgb = "Mutatiedagen.MutBijAndereAgb";

    /// <summary>The id of the rule "Mutatiedagen gedeclareerd bij interne verhuizing".</summary>
    public const string MutatiedagenBijInterneVerhuizingGedeclareerd = "Mutatiedagen.InterneVerhuizingGedeclareerd";

    /// <summary>The id of the rule "Declarabele mutatiedagen".</summary>
    public const string MutatiedagenDeclareren = "Mutatiedagen.Declareren";

    /// <summary>The id of the rule "Mutatiedagen op of na de intrek".</summary>
    public const string MutatiedagenOpOfNaIntrek = "Mutatiedagen.OpOfNaIntrek";

    /// <summary>The id of the rule "Mutatiedagen vóór de leegstand".</summary>
    public const string MutatiedagenVoorLeegstand = "Mutatiedagen.VoorLeegstand";

    /// <summary>The id of the rule "Overlappende declaratieregels".</summary>
    public const string OverlappendeDeclaratieregels = "Mutatiedagen.OverlappendeRegels";

    /// <summary>The id of the rule "Sleuteldatum te ver vóór de intrek voor de MAZ".</summary>
    public const string SleuteldatumTeVroegVoorMaz = "Mutatiedagen.SleuteldatumTeVroegVoorMaz";

    /// <summary>The id of the rule "Sleuteldatum vóór het vertrek".</summary>
    public const string SleuteldatumVoorVertrek = "Mutatiedagen.SleuteldatumVoorVertrek";

    /// <summary>The id of the rule "Z916 waar Z917 geldt, of omgekeerd".</summary>
    public const string VerkeerdeMutatiedagcode = "Mutatiedagen.VerkeerdeCode";

    /// <summary>The id of the rule "Eerste declarabele dag van het ZP".</summary>
    public const string ZpVanafIntrek = "Mutatiedagen.ZpVanafIntrek";

    /// <summary>The id of the rule "ZP gedeclareerd vóór de feitelijke intrek".</summary>
    public const string ZpVoorIntrekGedeclareerd = "Mutatiedagen.ZpVoorIntrek";

    // UrgentActiefPlaatsen
    /// <summary>The id of the rule "Urgent plaatsen en actief plaatsen".</summary>
    public const string UrgentEnActiefPlaatsen = "UrgentActiefPlaatsen.UrgentEnActiefPlaatsen";

    // WachtUitVoorzorg
    /// <summary>The id of the rule "Wacht uit voorzorg meer dan 1 jaar".</summary>
    public const string WachtUitVoorzorgMeerDan1Jaar = "WachtUitVoorzorg.WachtUitVoorzorgMeerDan1Jaar";

    // Wachtlijst
    /// <summary>The id of the rule "Wachtlijst".</summary>
    public const string Wachtlijstclienten = "Wachtlijst.Wachtlijstclienten";

    // ZonderMazMut
    /// <summary>The id of the rule "Zorgtoewijzing zonder MAZ/MUT".</summary>
    public const string ZorgtoewijzingZonderMazMut = "ZonderMazMut.ZorgtoewijzingZonderMazMut";
}
