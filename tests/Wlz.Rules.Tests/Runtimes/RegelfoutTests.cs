using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Kalender;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>A rule that throws is reported with its rule, its expression and the dossier's position, on both runtimes.</summary>
public sealed class RegelfoutTests
{
    // The engine refuses a peildatum past the calendar's range, so a calendar with a gap makes the rule throw: the
    // werkdagen deadline of a toewijzing without MAZ received on that day cannot be computed.
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly LocalDate Gat = new(2026, 4, 30);

    public static TheoryData<WlzRuntime> Runtimes => new() { WlzRuntime.Executor, WlzRuntime.NRules };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void EvaluateStream_RegelGooitBijHetDerdeDossier_RuleEvaluationExceptionMetRegelEnPositie(WlzRuntime runtime)
    {
        // Arrange: two dossiers without toewijzing, then one whose toewijzing needs a deadline in the calendar's gap.
        // Each its own cliënt: a repeated key would be rejected, not evaluated.
        Dossier Leeg(string sleutel) => Dossiers.ADossier(Peildatum).MetClient(c => c.ClientId(sleutel)).Build();
        var teLaat = Dossiers.ADossier(Peildatum)
            .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(Gat))
            .Build();
        var engine = new WlzRuleEngine(new WlzRulesOptions { Runtime = runtime, MaxDegreeOfParallelism = 1, Kalender = new KalenderMetGat(Gat) });

        // Act
        var fout = Assert.Throws<RuleEvaluationException>(() => engine.EvaluateStream([Leeg("C1"), Leeg("C2"), teLaat], Peildatum).ToList());

        // Assert
        Assert.Equal(2, fout.PartitionIndex);
        Assert.False(string.IsNullOrEmpty(fout.Element));
        Assert.False(string.IsNullOrEmpty(fout.RuleId));
        Assert.NotNull(fout.InnerException);
        Assert.Contains(fout.RuleId, fout.Message, StringComparison.Ordinal);
    }

    /// <summary>The standard calendar, except that it cannot add werkdagen to one date.</summary>
    private sealed class KalenderMetGat(LocalDate gat) : IWerkdagenkalender
    {
        private static readonly NederlandseWerkdagenkalender Basis = NederlandseWerkdagenkalender.Standaard;

        public DateInterval Bereik => Basis.Bereik;

        public bool IsWerkdag(LocalDate datum) => Basis.IsWerkdag(datum);

        public NietWerkdagReden? GetNietWerkdagReden(LocalDate datum) => Basis.GetNietWerkdagReden(datum);

        public LocalDate NextWerkdagOnOrAfter(LocalDate datum) => Basis.NextWerkdagOnOrAfter(datum);

        public LocalDate PreviousWerkdagOnOrBefore(LocalDate datum) => Basis.PreviousWerkdagOnOrBefore(datum);

        public LocalDate AddWerkdagen(LocalDate start, int aantal) =>
            start == gat ? throw new ArgumentOutOfRangeException(nameof(start), start, "A gap in the test calendar.") : Basis.AddWerkdagen(start, aantal);

        public int CountWerkdagen(LocalDate van, LocalDate tot) => Basis.CountWerkdagen(van, tot);

        public int CountWerkdagen(DateInterval interval) => Basis.CountWerkdagen(interval);

        public IReadOnlyList<Feestdag> GetFeestdagen(int jaar) => Basis.GetFeestdagen(jaar);
    }
}
