using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Testing;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

/// <summary>Issue 17: "the report read back streaming as well".</summary>
public sealed class RapportJsonBestandTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("wlz-rapportbestand-").FullName;

    public void Dispose() => Directory.Delete(_map, recursive: true);

    [Fact]
    public void LeesBestand_GeneratedPopulation_ReadsBackEveryValue()
    {
        // Arrange
        var dag = new LocalDate(2026, 5, 4);
        var generator = new Populatiegenerator(800, 6, seed: 4, dag);
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register });
        var json = RapportJson.Schrijf(engine.EvaluateAll(generator.Dossiers(), dag), Gemaskeerd);
        var pad = Schrijf(json);

        // Act
        var bestand = RapportJson.LeesBestand(pad);

        // Assert
        Assert.Equal(json, RapportJson.Schrijf(bestand));
        Assert.Equal(RapportJson.Schrijf(RapportJson.Lees(json)), RapportJson.Schrijf(bestand));
    }

    [Fact]
    public void LeesBestand_EntryLargerThanTheReadBuffer_IsReadWhole()
    {
        // Arrange
        var uitleg = new string('x', 200_000);
        var json = RapportJson.Schrijf(Rapport(Peildatum, [Deadline("C1", "T1", "11111111", "2026-05-08", uitleg), Actie("C2", "T2", "2026-04-30")]), Gemaskeerd);

        // Act
        var bestand = RapportJson.LeesBestand(Schrijf(json));

        // Assert
        Assert.Equal(uitleg, bestand.Lijsten.Single(l => l.Code == "TestDeadlines").Regels.Single().Uitleg);
        Assert.Equal(json, RapportJson.Schrijf(bestand));
    }

    [Fact]
    public void LeesBestand_OtherFormat_ThrowsWlzJsonException()
    {
        // Arrange
        var pad = Schrijf("""{ "formaat": "iets-anders" }""");

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => RapportJson.LeesBestand(pad));

        // Assert
        Assert.Contains("format 'iets-anders'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesBestand_CutOffInsideAnEntry_ThrowsWlzJsonExceptionWithByteOffset()
    {
        // Arrange
        var json = RapportJson.Schrijf(Rapport(Peildatum, [Deadline("C1", "T1", "11111111", "2026-05-08")]), Gemaskeerd);
        var pad = Schrijf(json[..(json.IndexOf("\"velden\"", StringComparison.Ordinal) + 4)]);

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => RapportJson.LeesBestand(pad));

        // Assert
        Assert.Contains("byte", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesBestand_UnknownProperty_ThrowsWlzJsonException()
    {
        // Arrange
        var pad = Schrijf("""{ "formaat": "wlz-rules-rapport/2", "onbekend": 1 }""");

        // Act
        var fout = Assert.Throws<WlzJsonException>(() => RapportJson.LeesBestand(pad));

        // Assert
        Assert.Contains("'onbekend'", fout.Message, StringComparison.Ordinal);
    }

    private string Schrijf(string json)
    {
        var pad = Path.Combine(_map, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(pad, json);
        return pad;
    }
}
