using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Testing;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportopbouwTests
{
    private static readonly LocalDate Dag = new(2026, 5, 4);

    [Fact]
    public void Rapport_GeneratedPopulation_WritesTheSameJsonAsTheInMemoryReport()
    {
        // Arrange
        var generator = new Populatiegenerator(1_500, 12, seed: 9, Dag);
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register });
        var dossiers = generator.Dossiers().ToArray();
        var verwacht = RapportJson.Schrijf(engine.EvaluateAll(dossiers, Dag), Gemaskeerd);

        // Act
        using var opbouw = new Rapportopbouw(Dag, Gemaskeerd);
        foreach (var resultaat in engine.EvaluateStream(dossiers, Dag))
        {
            opbouw.Voegtoe(resultaat);
        }

        var json = RapportJson.Schrijf(opbouw.Rapport());

        // Assert
        Assert.Equal(verwacht, json);
        Assert.Equal(1_500, opbouw.Rapport().Tellers.Ingelezen);
    }

    [Fact]
    public void Rapport_ReadTwice_GivesTheSameEntries()
    {
        // Arrange
        using var opbouw = new Rapportopbouw(Dag, Gemaskeerd);
        var generator = new Populatiegenerator(200, 4, seed: 2, Dag);
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register });
        foreach (var resultaat in engine.EvaluateStream(generator.Dossiers(), Dag))
        {
            opbouw.Voegtoe(resultaat);
        }

        // Act
        var eerste = opbouw.Rapport().Lijsten.SelectMany(l => l.Regels).Select(r => r.Koppelsleutel).ToArray();
        var tweede = opbouw.Rapport().Lijsten.SelectMany(l => l.Regels).Select(r => r.Koppelsleutel).ToArray();

        // Assert
        Assert.NotEmpty(eerste);
        Assert.Equal(eerste, tweede);
    }

    [Fact]
    public void Voegtoe_AfterRapport_Throws()
    {
        // Arrange
        using var opbouw = new Rapportopbouw(Dag, Gemaskeerd);
        opbouw.Rapport();
        var resultaat = new WlzRuleEngine(new WlzRulesOptions()).Evaluate(Dossiers.ADossier(Dag).MetToewijzing().Build(), Dag);

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() => opbouw.Voegtoe(resultaat));

        // Assert
        Assert.Contains("Rapport()", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rapport_SignalWithoutUitleg_ThrowsItsOwnException()
    {
        // Arrange: a signal that cannot compose its explanation fails the same way in a batch as alone.
        using var opbouw = new Rapportopbouw(Dag, Gemaskeerd);
        var dossier = Dossiers.ADossier(Dag).MetToewijzing().Build();
        var goed = Deadline("C1", "T1", "11111111", "2026-05-08");
        var zonderUitleg = new TestDeadlineSignaal { Lijst = Deadlines, Regel = Regel, ClientId = "C2", Deadline = "2026-05-08" };

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                opbouw.Voegtoe(new Dossierresultaat(i, dossier, [i == 4_000 ? zonderUitleg : goed], null));
            }

            opbouw.Rapport();
        });

        // Assert
        Assert.Contains("has no Uitleg", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_DeletesTheSpoolFile()
    {
        // Arrange
        var map = Directory.CreateTempSubdirectory("wlz-spool-").FullName;
        try
        {
            var opbouw = new Rapportopbouw(Dag, Gemaskeerd, map);
            Assert.Single(Directory.GetFiles(map));

            // Act
            opbouw.Dispose();

            // Assert
            Assert.Empty(Directory.GetFiles(map));
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }
}
