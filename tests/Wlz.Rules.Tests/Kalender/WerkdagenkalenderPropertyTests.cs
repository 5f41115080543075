using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Kalender;

namespace Wlz.Rules.Tests.Kalender;

public sealed class WerkdagenkalenderPropertyTests
{
    private static readonly NederlandseWerkdagenkalender _kalender = NederlandseWerkdagenkalender.Standaard;
    private static readonly ReferentieKalender _referentie = ReferentieKalender.Voor(new WerkdagenkalenderOptions());

    private static Arbitrary<(LocalDate Start, int Aantal)> StartEnAantal { get; } =
        KalenderGenerators.GemengdeDatum.SelectMany(d => KalenderGenerators.Aantal.Select(n => (d, n))).ToArbitrary();

    [Fact]
    public void AddWerkdagen_ThenCount_GivesTheNumberAdded()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            // Act
            var einde = _kalender.AddWerkdagen(t.Start, t.Aantal);

            // Assert: the werkdagen in (start, einde] (counting forward) or [einde, start) (counting back) number |n|.
            return t.Aantal >= 0
                ? _kalender.CountWerkdagen(t.Start.PlusDays(1), einde.PlusDays(1)) == t.Aantal
                : _kalender.CountWerkdagen(t.Start, einde) == t.Aantal;
        });

        Check.One(KalenderGenerators.Config, property);
    }

    [Fact]
    public void AddWerkdagen_FromAWerkdag_CountHalfOpenGivesTheNumberAdded()
    {
        // Arrange
        var property = Prop.ForAll(StartEnAantal, t =>
        {
            var start = _kalender.NextWerkdagOnOrAfter(t.Start);

            // Act
            var einde = _kalender.AddWerkdagen(start, Math.Abs(t.Aantal));

            // Assert
            return _kalender.CountWerkdagen(start, einde) == Math.Abs(t.Aantal);
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
            var einde = _kalender.AddWerkdagen(t.Start, aantal);

            // Assert
            return _kalender.IsWerkdag(einde) && _kalender.GetNietWerkdagReden(einde) is null;
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
            var a = _kalender.AddWerkdagen(start, kleiner);
            var b = _kalender.AddWerkdagen(start, groter);

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
            return _kalender.AddWerkdagen(t.Start, t.Aantal) == _referentie.AddWerkdagen(t.Start, t.Aantal)
                && _kalender.CountWerkdagen(t.Start, ander) == _referentie.CountWerkdagen(t.Start, ander)
                && _kalender.IsWerkdag(t.Start) == _referentie.IsWerkdag(t.Start)
                && _kalender.NextWerkdagOnOrAfter(t.Start) == _referentie.NextWerkdagOnOrAfter(t.Start)
                && _kalender.PreviousWerkdagOnOrBefore(t.Start) == _referentie.PreviousWerkdagOnOrBefore(t.Start);
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
            if (_kalender.IsWerkdag(d) != _referentie.IsWerkdag(d))
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
            if (_kalender.CountWerkdagen(interval) != _referentie.CountWerkdagen(interval.Start, interval.End.PlusDays(1)))
            {
                verschillen.Add(jaar);
            }
        }

        // Assert
        Assert.Empty(verschillen);
    }
}
