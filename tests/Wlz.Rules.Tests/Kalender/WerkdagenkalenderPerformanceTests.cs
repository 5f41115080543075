using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenkalenderPerformanceTests
{
    private static readonly NederlandseWerkdagenkalender _kalender = NederlandseWerkdagenkalender.Standaard;

    [Fact]
    public void HotPathOperations_AfterWarmUp_AllocateNothing()
    {
        // Arrange
        var start = new LocalDate(2026, 4, 29);
        for (var i = 0; i < 1_000; i++)
        {
            Rondje(start.PlusDays(i));
        }

        // Act
        var voor = GC.GetAllocatedBytesForCurrentThread();
        var som = 0;
        for (var i = 0; i < 1_000; i++)
        {
            som += Rondje(start.PlusDays(i));
        }

        var gealloceerd = GC.GetAllocatedBytesForCurrentThread() - voor;

        // Assert: any allocation per call would be at least 24 bytes x 1000 rounds; allow a one-off of the runtime
        // (tiered JIT, on-stack replacement) below one byte per round.
        Assert.InRange(gealloceerd, 0, 999);
        Assert.True(som > 0);
    }

    [Fact]
    public void AddWerkdagen_FromManyThreads_GivesTheSameResultsAsSequential()
    {
        // Arrange
        var starts = Enumerable.Range(0, 20_000).Select(i => new LocalDate(2000, 1, 1).PlusDays(i)).ToArray();
        var sequentieel = starts.Select(s => _kalender.AddWerkdagen(s, 10)).ToArray();

        // Act
        var parallel = new LocalDate[starts.Length];
        Parallel.For(0, starts.Length, i => parallel[i] = _kalender.AddWerkdagen(starts[i], 10));

        // Assert
        Assert.Equal(sequentieel, parallel);
    }

    private static int Rondje(LocalDate datum)
    {
        var einde = _kalender.AddWerkdagen(datum, 10);
        var aantal = _kalender.CountWerkdagen(datum, einde);
        var reden = _kalender.GetNietWerkdagReden(datum);
        return aantal + (_kalender.IsWerkdag(einde) ? 1 : 0) + (reden is null ? 0 : 1)
            + _kalender.NextWerkdagOnOrAfter(datum).Day + _kalender.PreviousWerkdagOnOrBefore(datum).Day
            + _kalender.GetFeestdagen(datum.Year).Count;
    }
}
