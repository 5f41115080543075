using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenkalenderPerformanceTests
{
    private static readonly NederlandseWerkdagenkalender Kalender = NederlandseWerkdagenkalender.Standaard;

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
        var sequentieel = starts.Select(s => Kalender.AddWerkdagen(s, 10)).ToArray();

        // Act
        var parallel = new LocalDate[starts.Length];
        Parallel.For(0, starts.Length, i => parallel[i] = Kalender.AddWerkdagen(starts[i], 10));

        // Assert
        Assert.Equal(sequentieel, parallel);
    }

    private static int Rondje(LocalDate datum)
    {
        var einde = Kalender.AddWerkdagen(datum, 10);
        var aantal = Kalender.CountWerkdagen(datum, einde);
        var reden = Kalender.GetNietWerkdagReden(datum);
        return aantal + (Kalender.IsWerkdag(einde) ? 1 : 0) + (reden is null ? 0 : 1)
            + Kalender.NextWerkdagOnOrAfter(datum).Day + Kalender.PreviousWerkdagOnOrBefore(datum).Day
            + Kalender.GetFeestdagen(datum.Year).Count;
    }
}
