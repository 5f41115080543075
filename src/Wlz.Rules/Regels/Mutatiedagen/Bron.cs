namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The source texts of the mutatiedagen rules, quoted verbatim from "Zorg in natura in een instelling".</summary>
internal static class Bron
{
    internal const string Document = "Zorg in natura in een instelling";
    internal const string Sectie = "Mutatiedatum en sleuteldatum";
    internal const string VersusSleuteldatum = "Mutatiedagen vs. Sleuteldatum";
    internal const string Werkwijze = "Werkwijze";

    internal const string Vergoeding = "Zorgaanbieders in de verpleging en verzorging (V&V) hebben recht op een vergoeding, indien een plaats voor verblijf leeg is achtergelaten als gevolg van het overlijden of verhuizen van een bewoner.";
    internal const string Sleuteldatum = "De periode van sleuteldatum tot de datum waarop de cliënt daadwerkelijk intramuraal de zorg ontvangt, wordt – met uitzondering van een situatie waarin een cliënt intern verhuisd – ook bekostigd op basis van registratie van mutatiedagen.";
    internal const string SleuteldatumBegrip = "Dit is de datum waarop een plaats in een verpleeg- of verzorgingshuis beschikbaar is voor de nieuwe bewoner.";
    internal const string Maximum = "Zorgaanbieders in de VV kunnen per kamer per keer maximaal 13 mutatiedagen declareren in de AW319 en registreren in de productiemonitor op de cliënt die uit de kamer vertrekt.";
    internal const string Periode = "Dat houdt in dat voor de gehele periode van het moment dat de kamer leeg achtergelaten wordt als gevolg van overlijden of verhuizing tot het moment dat de nieuwe cliënt de kamer betrekt (en zorg ontvangt), maximaal 13 dagen bekostigd worden.";
    internal const string Prestatiecodes = "U kunt het werkelijke aantal mutatiedagen, met een maximum van 13 dagen, declareren en registreren op de volgende prestatiecodes:";
    internal const string Z916 = "Z916 (Mutatiedag V&V, niet toegelaten voor behandeling)";
    internal const string Z917 = "Z917 (Mutatiedag V&V, toegelaten voor behandeling)";
    internal const string ZpPas = "U mag het toegewezen ZP van de cliënt pas declareren, wanneer de cliënt daadwerkelijk in uw instelling verblijft en de afgesproken zorg ontvangt.";
    internal const string BuitenPeriode = "Stel dat cliënt B de kamer uiteindelijk niet op 22 mei 2015, maar op 25 mei 2015 betrekt, dan is 24 mei 2015 niet declarabel. Immers, 24 mei 2015 valt buiten de periode van 13 dagen.";
    internal const string Intern = "Bij een interne verhuizing mag u geen mutatiedagen declareren voor de cliënt die intern verhuisd.";
    internal const string Thuissituatie = "Voor cliënten die vanuit de thuissituatie komen mag u extramurale zorg leveren en declareren – bovenop de eventuele mutatiedagen – totdat de cliënt feitelijk zijn intrek in de kamer heeft genomen.";
    internal const string Mut = "Indien er sprake is van verhuizing naar een andere AGB-code, verstuur dan een Mutatiebericht (MUT)";
    internal const string Maz = "Verstuur een Melding Aanvang Zorg (MAZ) voor de cliënt die leeggekomen verblijfplaats betrekt, op het moment dat de cliënt daadwerkelijk verblijft.";
    internal const string MazNiet = "Dit geldt niet voor een situatie waarin de cliënt verhuist binnen dezelfde locatie/AGB-code [2].";
    internal const string MazSleuteldatum = "Vermeld in de MAZ de sleuteldatum, om de eigen bijdrage te starten.";
    internal const string GeenBerichten = "[2] Bij verhuizing op dezelfde locatie hoeft u geen MUT- en MAZ-berichten te versturen.";
    internal const string InterneVerhuizing = "[1] Onder interne verhuizing wordt verstaan een verhuizing op dezelfde locatie of een verhuizing naar een andere locatie van dezelfde zorgaanbieder.";
}
