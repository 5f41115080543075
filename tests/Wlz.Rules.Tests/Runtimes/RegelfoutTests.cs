using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>A rule that throws is reported with its rule, its expression and the dossier's position, on both runtimes.</summary>
public sealed class RegelfoutTests
{
    // Past the calendar's range (1990–2200): the werkdagen deadline of a toewijzing without MAZ cannot be computed.
    private static readonly LocalDate Peildatum = new(2200, 12, 31);

    public static TheoryData<WlzRuntime> Runtimes => new() { WlzRuntime.Executor, WlzRuntime.NRules };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void EvaluateStream_RegelGooitBijHetDerdeDossier_RuleEvaluationExceptionMetRegelEnPositie(WlzRuntime runtime)
    {
        // Arrange: two dossiers without toewijzing, then one whose toewijzing needs a deadline past the calendar.
        var leeg = Dossiers.ADossier(Peildatum).Build();
        var teLaat = Dossiers.ADossier(Peildatum)
            .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(2200, 12, 30))
            .Build();
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = 1 });

        // Act
        var fout = Assert.Throws<RuleEvaluationException>(() => engine.EvaluateStream([leeg, leeg, teLaat], Peildatum).ToList());

        // Assert
        Assert.Equal(2, fout.PartitionIndex);
        Assert.False(string.IsNullOrEmpty(fout.Element));
        Assert.False(string.IsNullOrEmpty(fout.RuleId));
        Assert.NotNull(fout.InnerException);
        Assert.Contains(fout.RuleId, fout.Message, StringComparison.Ordinal);
    }
}
