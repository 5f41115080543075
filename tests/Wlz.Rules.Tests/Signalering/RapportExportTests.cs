using Wlz.Rules.Signalering.Export;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportExportTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), $"wlz-export-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_map))
        {
            Directory.Delete(_map, recursive: true);
        }
    }

    [Fact]
    public void SchrijfNaarMap_ThreeLists_ReportFirstThenCsvWithBomAndJsonPerListInListOrderThenWorkbooks()
    {
        // Arrange
        var bestand = Rapportbestand.Van(Rapport(Peildatum, [
            Deadline("C2", "T2", "22222222", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08"),
            Actie("C3", "T3", "2026-04-30"),
        ]), Gemaskeerd);

        // Act
        var paden = RapportExport.SchrijfNaarMap(bestand, _map);

        // Assert
        Assert.Equal(
            ["rapport.json", "TestActies_zorgkantoor.csv", "TestActies_zorgkantoor.json", "TestDeadlines_11111111.csv", "TestDeadlines_11111111.json", "TestDeadlines_22222222.csv", "TestDeadlines_22222222.json",
                "11111111.xlsx", "22222222.xlsx", "zorgkantoor.xlsx"],
            paden.Select(Path.GetFileName));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(_map, "TestDeadlines_11111111.csv"))[..3]);
        Assert.Equal("Client;Onderwerp;Deadline;Opmerking;Regel;Uitleg\r\nC1;T1;2026-05-08;;Test.Deadline;\"Ontvangen op 2026-04-27; 5 werkdagen.\"\r\n", File.ReadAllText(Path.Combine(_map, "TestDeadlines_11111111.csv")));
        Assert.Equal(RapportJson.Schrijf(bestand.Lijsten[1]), File.ReadAllText(Path.Combine(_map, "TestDeadlines_11111111.json")));
        Assert.Equal(3, RapportJson.Lees(File.ReadAllText(Path.Combine(_map, "rapport.json"))).Lijsten.Count);
    }
}
