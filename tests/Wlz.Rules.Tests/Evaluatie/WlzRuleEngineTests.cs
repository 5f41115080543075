using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Evaluatie;

public sealed class WlzRuleEngineTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    // A filter that selects no rule: these tests are about the facade's plumbing, not about a rule set.
    private static WlzRulesOptions ZonderRegels(Validatiemodus modus = Validatiemodus.Soepel) =>
        new() { Regelfilter = _ => false, Validatiemodus = modus };

    [Fact]
    public void Evaluate_ValidDossier_IsEvaluatedNotRejected()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels());
        var dossier = Dossiers.ADossier().MetToewijzing().MetMaz().Build();

        // Act
        var resultaat = engine.Evaluate(dossier, Peildatum);

        // Assert
        Assert.False(resultaat.IsAfgewezen);
        Assert.Equal("******019", resultaat.DossierSleutel);
        Assert.Empty(engine.Regels);
    }

    [Fact]
    public void Evaluate_InvalidBsnInLenientMode_ReturnsRejectionWithCodeAndMaskedKey()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels());
        var dossier = Dossiers.ADossier().MetBsn("123456789").Build();

        // Act
        var resultaat = engine.Evaluate(dossier, Peildatum);

        // Assert
        Assert.True(resultaat.IsAfgewezen);
        Assert.Contains(resultaat.Afwijzing!.Fouten, f => f.Code == "WLZ-V001");
        Assert.Empty(resultaat.Signalen);
    }

    [Fact]
    public void Evaluate_InvalidDossierInStrictMode_ThrowsListingEveryFailureWithoutFullBsn()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels(Validatiemodus.Strikt));
        var dossier = Dossiers.ADossier().MetBsn("123456789").Build();

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => engine.Evaluate(dossier, Peildatum));

        // Assert
        Assert.Single(fout.Afwijzingen);
        Assert.StartsWith("1 dossier(s) failed validation:", fout.Message, StringComparison.Ordinal);
        Assert.Contains("WLZ-V001", fout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAll_StrictMode_ThrowsOnceForAllRejectedDossiers()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels(Validatiemodus.Strikt));
        Dossier[] dossiers = [Dossiers.ADossier().MetBsn("123456789").Build(), Dossiers.ADossier().Build(), Dossiers.ADossier().MetBsn("111111111").Build()];

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => engine.EvaluateAll(dossiers, Peildatum));

        // Assert
        Assert.Equal(2, fout.Afwijzingen.Count);
    }

    [Fact]
    public void EvaluateAll_EveryDossierIsEvaluatedOrRejected_Property()
    {
        // Property: whatever mix of valid and invalid dossiers, read = evaluated + rejected, and the rejections are exactly the invalid ones.
        var engine = new WlzRuleEngine(ZonderRegels());
        var generator = new Populatiegenerator(500, 20, seed: 7, Peildatum);
        var geldig = generator.Dossiers().Take(200).ToArray();
        var ongeldig = Dossiers.ADossier().MetBsn("123456789").Build();

        var keuzelijsten = Gen.ListOf(Gen.Elements(true, false)).Select(l => l.ToArray()).ToArbitrary();
        Prop.ForAll(keuzelijsten, keuzes =>
        {
            var invoer = keuzes.Select((goed, i) => goed ? geldig[i % geldig.Length] : ongeldig).ToArray();
            var rapport = engine.EvaluateAll(invoer, Peildatum);
            return rapport.Tellers.KloptDeTelling
                && rapport.Tellers.Ingelezen == invoer.Length
                && rapport.Tellers.Afgewezen == keuzes.Count(k => !k)
                && rapport.Afwijzingen.Count == keuzes.Count(k => !k);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EvaluateStream_ParallelAndSequential_GiveTheSameResultsInInputOrder()
    {
        // Arrange
        var dossiers = new Populatiegenerator(3_000, 40, seed: 11, Peildatum).Dossiers().ToArray();
        var parallel = new WlzRuleEngine(new WlzRulesOptions { MaxDegreeOfParallelism = 2 });
        var sequentieel = new WlzRuleEngine(new WlzRulesOptions { MaxDegreeOfParallelism = 1 });

        // Act
        var a = parallel.EvaluateStream(dossiers, Peildatum).Select(Render).ToArray();
        var b = sequentieel.EvaluateStream(dossiers, Peildatum).Select(Render).ToArray();

        // Assert
        Assert.Equal(dossiers.Length, a.Length);
        Assert.Equal(b, a);
        Assert.Equal(Enumerable.Range(0, dossiers.Length).Select(i => (long)i), parallel.EvaluateStream(dossiers, Peildatum).Select(r => r.Volgnummer));
    }

    [Fact]
    public async Task EvaluateStreamAsync_GivesTheSameResultsAsTheSynchronousPath()
    {
        // Arrange
        var dossiers = new Populatiegenerator(500, 10, seed: 3, Peildatum).Dossiers().ToArray();
        var engine = new WlzRuleEngine(new WlzRulesOptions());

        // Act
        var asynchroon = new List<string>();
        await foreach (var resultaat in engine.EvaluateStreamAsync(Asynchroon(dossiers), Peildatum))
        {
            asynchroon.Add(Render(resultaat));
        }

        // Assert
        Assert.Equal(engine.EvaluateStream(dossiers, Peildatum).Select(Render), asynchroon);
    }

    [Fact]
    public void EvaluateAll_ReportsProgressUpToTheLastDossier()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels());
        var voortgang = new List<Evaluatievoortgang>();
        var dossiers = new Populatiegenerator(5_000, 10, seed: 5, Peildatum).Dossiers();

        // Act
        engine.EvaluateAll(dossiers, Peildatum, new SynchroneVoortgang(voortgang));

        // Assert
        Assert.Equal(new Evaluatievoortgang(5_000, 0), voortgang[^1]);
        Assert.Contains(new Evaluatievoortgang(4_096, 0), voortgang);
    }

    [Fact]
    public void EvaluateAll_Cancelled_Throws()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels());
        using var bron = new CancellationTokenSource();
        bron.Cancel();

        // Act + Assert
        Assert.ThrowsAny<OperationCanceledException>(() =>
            engine.EvaluateAll(new Populatiegenerator(10_000, 10, seed: 1, Peildatum).Dossiers(), Peildatum, cancellationToken: bron.Token));
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>("options", () => new WlzRuleEngine(null!));
    }

    [Fact]
    public void EvaluateStream_NullDossierInInput_ThrowsNamingItsPosition()
    {
        // Arrange
        var engine = new WlzRuleEngine(ZonderRegels());

        // Act
        var fout = Assert.Throws<ArgumentException>(() => engine.EvaluateStream([Dossiers.ADossier().Build(), null!], Peildatum).ToList());

        // Assert
        Assert.StartsWith("Dossier 1 in the input is null.", fout.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<Dossier> Asynchroon(IEnumerable<Dossier> dossiers)
    {
        foreach (var dossier in dossiers)
        {
            await Task.Yield();
            yield return dossier;
        }
    }

    private static string Render(Dossierresultaat r) =>
        $"{r.Volgnummer}|{r.DossierSleutel}|{r.IsAfgewezen}|{string.Join(";", r.Signalen.Select(s => s.Sleutel))}";

    private sealed class SynchroneVoortgang(List<Evaluatievoortgang> lijst) : IProgress<Evaluatievoortgang>
    {
        public void Report(Evaluatievoortgang value) => lijst.Add(value);
    }
}
