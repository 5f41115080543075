using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenkalenderPropertyTests
{
    private static readonly NederlandseWerkdagenkalender Kalender = NederlandseWerkdagenkalender.Standaard;
    private static readonly ReferentieKalender Referentie = ReferentieKalender.Voor(new WerkdagenkalenderOptions());

    private static Arbitrary<(LocalDate Start, int Aantal)> StartEnAantal { get; } =
        KalenderGenerators.GemengdeDatum.SelectMany(d => KalenderGenerators.Aantal.Select(n => (d, n))).ToArbitrary();

    [Fact]
    public void AddWerkdagen_ThenCount_GivesTheNumberAdded()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            // Act
            var einde = Kalender.AddWerkdagen(t.Start, t.Aantal);

            // Assert: the werkdagen in (start, einde] (counting forward) or [einde, start) (counting back) number |n|.
            return t.Aantal >= 0
                ? Kalender.CountWerkdagen(t.Start.PlusDays(1), einde.PlusDays(1)) == t.Aantal
                : Kalender.CountWerkdagen(t.Start, einde) == t.Aantal;
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AddWerkdagen_FromAWerkdag_CountHalfOpenGivesTheNumberAdded()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            var start = Kalender.NextWerkdagOnOrAfter(t.Start);

            // Act
            var einde = Kalender.AddWerkdagen(start, Math.Abs(t.Aantal));

            // Assert
            return Kalender.CountWerkdagen(start, einde) == Math.Abs(t.Aantal);
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AddWerkdagen_NonZero_ResultIsAWerkdag()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            var aantal = t.Aantal == 0 ? 1 : t.Aantal;

            // Act
            var einde = Kalender.AddWerkdagen(t.Start, aantal);

            // Assert
            return Kalender.IsWerkdag(einde) && Kalender.GetNietWerkdagReden(einde) is null;
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AddWerkdagen_IsStrictlyMonotonicInTheNumber()
    {
        // Arrange
        var arb = KalenderGenerators.GemengdeDatum
            .SelectMany(d => KalenderGenerators.Aantal.SelectMany(a => KalenderGenerators.Aantal.Select(b => (d, Math.Min(a, b), Math.Max(a, b)))))
            .ToArbitrary();
        var property = Prop.ForAll(arb, t =>
        {
            var (start, kleiner, groter) = t;

            // Act
            var a = Kalender.AddWerkdagen(start, kleiner);
            var b = Kalender.AddWerkdagen(start, groter);

            // Assert
            return kleiner == groter ? a == b : a < b;
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AllOperations_EqualTheNaiveDayByDayReference()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            var ander = t.Start.PlusDays(t.Aantal);

            // Act + Assert
            return Kalender.AddWerkdagen(t.Start, t.Aantal) == Referentie.AddWerkdagen(t.Start, t.Aantal)
                && Kalender.CountWerkdagen(t.Start, ander) == Referentie.CountWerkdagen(t.Start, ander)
                && Kalender.IsWerkdag(t.Start) == Referentie.IsWerkdag(t.Start)
                && Kalender.NextWerkdagOnOrAfter(t.Start) == Referentie.NextWerkdagOnOrAfter(t.Start)
                && Kalender.PreviousWerkdagOnOrBefore(t.Start) == Referentie.PreviousWerkdagOnOrBefore(t.Start);
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AllOperations_WithRandomClosingDays_EqualTheReference()
    {
        // Arrange: a calendar with up to 40 random closing days in 2012-2025 and without the decree days.
        var arb = Gen.ListOf(KalenderGenerators.DatumRond2020, 40)
            .SelectMany(dagen => KalenderGenerators.DatumRond2020.SelectMany(d => KalenderGenerators.Aantal.Select(n => (dagen, d, n))))
            .ToArbitrary();
        var property = Prop.ForAll(arb, t =>
        {
            var options = new WerkdagenkalenderOptions { IncludeKoninklijkBesluitDagen = false };
            foreach (var dag in t.dagen.Distinct())
            {
                options.AddDag(dag);
            }

            var kalender = NederlandseWerkdagenkalender.Create(options);
            var referentie = ReferentieKalender.Voor(options);

            // Act + Assert
            return kalender.AddWerkdagen(t.d, t.n) == referentie.AddWerkdagen(t.d, t.n)
                && kalender.CountWerkdagen(t.d, t.d.PlusDays(t.n)) == referentie.CountWerkdagen(t.d, t.d.PlusDays(t.n))
                && t.dagen.All(d => !kalender.IsWerkdag(d));
        });

        Check.One(KalenderGenerators.Config.WithMaxTest(100), property);
    }

    [Fact]
    public void IsWerkdag_EveryDayOfTheRange_EqualsTheReference()
    {
        // Arrange
        var verschillen = new List<LocalDate>();

        // Act
        for (var d = new LocalDate(1990, 1, 1); d <= new LocalDate(2200, 12, 31); d = d.PlusDays(1))
        {
            if (Kalender.IsWerkdag(d) != Referentie.IsWerkdag(d))
            {
                verschillen.Add(d);
            }
        }

        // Assert
        Assert.Empty(verschillen);
    }

    [Fact]
    public void CountWerkdagen_EveryYear_EqualsTheReference()
    {
        // Arrange
        var verschillen = new List<int>();

        // Act
        for (var jaar = 1990; jaar <= 2200; jaar++)
        {
            var interval = new DateInterval(new LocalDate(jaar, 1, 1), new LocalDate(jaar, 12, 31));
            if (Kalender.CountWerkdagen(interval) != Referentie.CountWerkdagen(interval.Start, interval.End.PlusDays(1)))
            {
                verschillen.Add(jaar);
            }
        }

        // Assert
        Assert.Empty(verschillen);
    }
}
