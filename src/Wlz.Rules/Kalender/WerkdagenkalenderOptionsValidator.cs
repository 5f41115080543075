using System.Globalization;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Kalender;

/// <summary>Validates <see cref="WerkdagenkalenderOptions"/> before a calendar is built from them.</summary>
/// <remarks>
/// <para>Checks: every added day is present and inside the supported range 1990-01-01 to 2200-12-31 (ISO calendar);
/// no date is added twice; every removed date is inside the range and is a feestdag or shipped gelijkgestelde dag of
/// the Dutch calendar; no date is both added and removed.</para>
/// <para>The validator is stateless and can be shared (for example registered as a singleton).</para>
/// </remarks>
public sealed class WerkdagenkalenderOptionsValidator : AbstractValidator<WerkdagenkalenderOptions>
{
    /// <summary>Initializes a new instance of the <see cref="WerkdagenkalenderOptionsValidator"/> class.</summary>
    public WerkdagenkalenderOptionsValidator()
    {
        RuleFor(o => o.ExtraDagen)
            .Must(GeenDubbeleDatums)
            .WithMessage(o => string.Create(
                CultureInfo.InvariantCulture,
                $"ExtraDagen contains the same date more than once: {string.Join(", ", DubbeleDatums(o.ExtraDagen))}. Add each date once; give it one name."));

        RuleForEach(o => o.ExtraDagen)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("ExtraDagen[{CollectionIndex}] is null; add a Feestdag with a date and a name.")
            .Must(f => KalenderBereik.Bevat(f.Datum))
            .WithMessage((_, f) => "ExtraDagen[{CollectionIndex}] (" + f.Naam + "): " + KalenderBereik.BuitenBereik(f.Datum));

        RuleForEach(o => o.VerwijderdeDagen)
            .Cascade(CascadeMode.Stop)
            .Must(KalenderBereik.Bevat)
            .WithMessage((_, d) => "VerwijderdeDagen[{CollectionIndex}]: " + KalenderBereik.BuitenBereik(d))
            .Must((o, d) => !o.ExtraDagen.Any(f => f is not null && f.Datum == d))
            .WithMessage((_, d) => "VerwijderdeDagen[{CollectionIndex}]: the date " + Iso(d) + " is also in ExtraDagen; a date cannot be both added and removed.")
            .Must(IsIngebouwdeFeestdag)
            .WithMessage((_, d) => "VerwijderdeDagen[{CollectionIndex}]: the date " + Iso(d)
                + " is no feestdag or gelijkgestelde dag of the Dutch calendar, so there is nothing to remove.");
    }

    private static string Iso(LocalDate datum) => LocalDatePattern.Iso.Format(datum);

    private static bool GeenDubbeleDatums(IList<Feestdag> dagen) => !DubbeleDatums(dagen).Any();

    private static IEnumerable<string> DubbeleDatums(IList<Feestdag> dagen) =>
        dagen.Where(f => f is not null)
            .GroupBy(f => f.Datum)
            .Where(g => g.Count() > 1)
            .Select(g => Iso(g.Key));

    private static bool IsIngebouwdeFeestdag(LocalDate datum) =>
        AtwFeestdagen.Voor(datum.Year).Any(f => f.Datum == datum)
        || GelijkgesteldeDagen.Alle.Any(f => f.Datum == datum);
}
