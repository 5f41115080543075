using System.Text;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Invoer;

public sealed class BronfoutTests
{
    private const int Aantal = 2_000;
    private const int Kapot = 1_500;
    private static readonly LocalDate Peildatum = Dossiers.StandaardPeildatum;
    private static readonly Lazy<Dossier[]> Populatie = new(() => Invoerbestanden.Populatie(Aantal));

    public static TheoryData<WlzRuntime, int> Runtimes => new()
    {
        { WlzRuntime.Executor, 1 },
        { WlzRuntime.Executor, 2 },
        { WlzRuntime.NRules, 1 },
        { WlzRuntime.NRules, 2 },
    };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void EvaluateStream_SourceThrowsAtDossier1500_Delivers1500ResultsThenTheSourcesError(WlzRuntime runtime, int parallel)
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = parallel });
        var resultaten = new List<Dossierresultaat>();

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var resultaat in engine.EvaluateStream(Bron(), Peildatum))
            {
                resultaten.Add(resultaat);
            }
        });

        // Assert
        Assert.Equal("The source failed at dossier 1500.", fout.Message);
        Assert.Equal(Enumerable.Range(0, Kapot).Select(i => (long)i), resultaten.Select(r => r.Volgnummer));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public async Task EvaluateStreamAsync_SourceThrowsAtDossier1500_Delivers1500ResultsThenTheSourcesError(WlzRuntime runtime, int parallel)
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = parallel });
        var resultaten = new List<Dossierresultaat>();

        // Act
        var fout = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var resultaat in engine.EvaluateStreamAsync(Invoerbestanden.Asynchroon(Bron()), Peildatum))
            {
                resultaten.Add(resultaat);
            }
        });

        // Assert
        Assert.Equal("The source failed at dossier 1500.", fout.Message);
        Assert.Equal(Enumerable.Range(0, Kapot).Select(i => (long)i), resultaten.Select(r => r.Volgnummer));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public async Task EvaluateStreamAsync_JsonMalformedAtDossier1500_Delivers1500ResultsThenTheReadersError(WlzRuntime runtime, int parallel)
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = parallel });
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Invoerbestanden.Array(Populatie.Value, Kapot)));
        var resultaten = new List<Dossierresultaat>();

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(async () =>
        {
            await foreach (var resultaat in engine.EvaluateStreamAsync(WlzJson.LeesDossiersAsync(stream), Peildatum))
            {
                resultaten.Add(resultaat);
            }
        });

        // Assert
        Assert.Equal(Enumerable.Range(0, Kapot).Select(i => (long)i), resultaten.Select(r => r.Volgnummer));
        Assert.Equal(Populatie.Value.Take(Kapot).Select(d => d.GemaskeerdeSleutel), resultaten.Select(r => r.DossierSleutel));
        Assert.Equal("$[1500].client.geboortedatum", fout.Path);
        Assert.Contains("Invalid Wlz JSON at line 1502, position ", fout.Message, StringComparison.Ordinal);
        Assert.Contains(", path $[1500].client.geboortedatum: ", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAllAsync_JsonMalformedAtDossier1500_ThrowsTheReadersError()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { MaxDegreeOfParallelism = 2 });
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Invoerbestanden.Array(Populatie.Value, Kapot)));

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => engine.EvaluateAllAsync(WlzJson.LeesDossiersAsync(stream), Peildatum));

        // Assert
        Assert.Equal("$[1500].client.geboortedatum", fout.Path);
    }

    private static IEnumerable<Dossier> Bron()
    {
        for (var i = 0; i < Aantal; i++)
        {
            if (i == Kapot)
            {
                throw new InvalidOperationException($"The source failed at dossier {i}.");
            }

            yield return Populatie.Value[i];
        }
    }
}
