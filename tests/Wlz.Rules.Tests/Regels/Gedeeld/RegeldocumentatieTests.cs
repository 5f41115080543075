using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

public sealed class RegeldocumentatieTests
{
    private static readonly string[] Mappen =
        ["Gedeeld", "UrgentActiefPlaatsen", "ZonderMazMut", "Wachtlijst", "InZorg", "Indicatiecontrole", "Bewonerslijst", "WachtUitVoorzorg", "AutoMez"];

    public static TheoryData<string> Regels()
    {
        var data = new TheoryData<string>();
        foreach (var id in RegelIds())
        {
            data.Add(id);
        }

        return data;
    }

    private static string[] RegelIds() =>
        new WlzRuleEngine(new WlzRulesOptions()).Regels
            .Where(r => Mappen.Any(m => r.RuleType!.Namespace == "Wlz.Rules.Regels." + m))
            .Select(r => r.Id)
            .ToArray();

    [Theory]
    [MemberData(nameof(Regels))]
    public void Regel_IdTagBronEnBeschrijving_VolgenHetContract(string id)
    {
        // Arrange
        var regel = new WlzRuleEngine(new WlzRulesOptions()).Regels.Single(r => r.Id == id);
        var map = regel.RuleType!.Namespace!["Wlz.Rules.Regels.".Length..];

        // Assert
        Assert.StartsWith(map + ".", regel.Id, StringComparison.Ordinal);
        Assert.Contains(map, regel.Tags);
        Assert.NotEmpty(regel.Sources);
        Assert.All(regel.Sources, s => Assert.Equal(Lijstbronnen.Document, s.Document));
        Assert.True(regel.Description.Length > 80, regel.Description);
        Assert.False(string.IsNullOrWhiteSpace(regel.Name));
    }

    [Fact]
    public void Regels_AlleNegenUitvoerenEnZesAfgeleideFeiten_Aanwezig()
    {
        // Act
        var ids = RegelIds().Order(StringComparer.Ordinal).ToArray();

        // Assert
        Assert.Equal(
            [
                "AutoMez.AutomatischeMez", "AutoMez.BepaalAansluitendeToewijzingMetMaz", "AutoMez.BepaalAutomezKandidaat", "AutoMez.ToekomstigeAutomez", "Bewonerslijst.BewonersInMaand",
                "Gedeeld.BepaalActueleWachtstatus", "Gedeeld.BepaalMazBijZorgaanbieder", "Gedeeld.BepaalToewijzingInZorg", "Gedeeld.BepaalZorgperiode",
                "InZorg.ClientenInZorg", "Indicatiecontrole.IndicatieLooptAf", "UrgentActiefPlaatsen.UrgentEnActiefPlaatsen",
                "WachtUitVoorzorg.WachtUitVoorzorgMeerDan1Jaar", "Wachtlijst.Wachtlijstclienten", "ZonderMazMut.ZorgtoewijzingZonderMazMut",
            ],
            ids);
    }

    [Fact]
    public void Signaleringslijsten_Alle_TitelsEnCadansUitDeBron()
    {
        // Act
        var lijsten = Signaleringslijsten.Alle.Select(l => $"{l.Code}|{l.Titel}|{l.Cadans}").ToArray();

        // Assert
        Assert.Equal(
            [
                "UrgentActiefPlaatsen|Urgent plaatsen en actief plaatsen|Wekelijks",
                "ZonderMazMut|Zorgtoewijzing zonder MAZ/MUT|Wekelijks",
                "Wachtlijst|Wachtlijst|Maandelijks",
                "ClientenInZorg|Cliënten in zorg|Maandelijks",
                "Indicatiecontrole|Indicatiecontrole|Maandelijks",
                "Bewonerslijst|Bewonerslijst|Maandelijks",
                "WachtUitVoorzorg|Wacht uit voorzorg meer dan 1 jaar|Maandelijks",
                "ToekomstigeAutomez|Toekomstige automez|Wekelijks",
                "AutomatischeMez|Automatische MEZ|Direct",
            ],
            lijsten);
        Assert.All(Signaleringslijsten.Alle, l => Assert.False(string.IsNullOrWhiteSpace(l.GevraagdeActie)));
    }
}
