using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Wlz.Rules.Tests.Kalender;

/// <summary>FsCheck generators for dates and werkdag counts.</summary>
internal static class KalenderGenerators
{
    /// <summary>Dates from 1991-01-01 to 2199-12-31, so a year of werkdagen either way stays inside the supported range.</summary>
    public static Gen<LocalDate> Datum { get; } =
        Gen.Choose(0, 76_335).Select(i => new LocalDate(1991, 1, 1).PlusDays(i));

    /// <summary>Dates around the years with decree days, where most special cases are.</summary>
    public static Gen<LocalDate> DatumRond2020 { get; } =
        Gen.Choose(0, 5_000).Select(i => new LocalDate(2012, 1, 1).PlusDays(i));

    /// <summary>Werkdag counts from -250 to 250 (about a year).</summary>
    public static Gen<int> Aantal { get; } = Gen.Choose(-250, 250);

    public static Gen<LocalDate> GemengdeDatum { get; } = Gen.OneOf(Datum, DatumRond2020);

    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(1_000);
}
