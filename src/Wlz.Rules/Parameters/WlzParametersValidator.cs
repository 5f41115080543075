using System.Linq.Expressions;
using FluentValidation;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Model;

namespace Wlz.Rules.Parameters;

/// <summary>Validates a parameter set: every dated value within the supported dates and within a sane range, every value with a source.</summary>
/// <remarks>
/// Ranges: werkdagen termijnen 1–60; auto-MEZ termijn 0–365 days; aansluitend gap 0–31 days; mutatiedagen 1–366;
/// sleuteldatum window 0–366 days; horizons a positive period of dates (no time units) of at most 10 years; streefnormen
/// 1–3650 days with a classificatie that belongs to the leveringsstatus (CS131). Geldig-vanaf dates lie within
/// 1990-01-01 to 2200-12-31. Stateless and thread-safe.
/// </remarks>
public sealed class WlzParametersValidator : AbstractValidator<WlzParameters>
{
    private static readonly LocalDate Vroegst = new(1990, 1, 1);
    private static readonly LocalDate Laatst = new(2200, 12, 31);

    /// <summary>Initializes a new instance of the <see cref="WlzParametersValidator"/> class.</summary>
    public WlzParametersValidator()
    {
        Getal(p => p.MazMutTermijnWerkdagen, 1, 60);
        Getal(p => p.MazMutTermijnNieuweClientWerkdagen, 1, 60);
        Getal(p => p.ContactNaWerkdagen, 1, 60);
        Horizon(p => p.IndicatieHorizon);
        Horizon(p => p.WachtUitVoorzorgHorizon);
        Getal(p => p.AutoMezTermijnDagen, 0, 365);
        Getal(p => p.AansluitendMaxDagenNaEinddatum, 0, 31);
        Getal(p => p.MaxMutatiedagen, 1, 366);
        Getal(p => p.MaxSleuteldatumDagenVoorBegindatum, 0, 366);
        Waarden(p => p.Streefnormen, FoutInTabel);
    }

    private void Getal(Expression<Func<WlzParameters, Parameter<int>>> parameter, int min, int max) =>
        Waarden(parameter, w => w >= min && w <= max ? null : $"{w} is not between {min} and {max}");

    private void Horizon(Expression<Func<WlzParameters, Parameter<Period>>> parameter) =>
        Waarden(parameter, p =>
        {
            var basis = new LocalDate(2000, 1, 1);
            return !p.HasTimeComponent && basis.Plus(p) > basis && basis.Plus(p) <= basis.PlusYears(10)
                ? null
                : $"{p} is not a positive period of dates of at most 10 years";
        });

    private void Waarden<T>(Expression<Func<WlzParameters, Parameter<T>>> parameter, Func<T, string?> fout)
        where T : notnull
    {
        RuleFor(parameter).Custom((param, context) =>
        {
            if (param.Waarden.Count == 0)
            {
                context.AddFailure(param.Naam, $"Parameter {param.Naam} has no values.");
                return;
            }

            var gezien = new HashSet<LocalDate>();
            foreach (var waarde in param.Waarden)
            {
                var datum = LocalDatePattern.Iso.Format(waarde.GeldigVanaf);
                var voorvoegsel = $"Parameter {param.Naam}, value geldig vanaf {datum}";
                if (waarde.GeldigVanaf < Vroegst || waarde.GeldigVanaf > Laatst)
                {
                    context.AddFailure(param.Naam, $"{voorvoegsel}: the date is outside 1990-01-01 to 2200-12-31.");
                }

                if (!gezien.Add(waarde.GeldigVanaf))
                {
                    context.AddFailure(param.Naam, $"{voorvoegsel}: there is more than one value from this date.");
                }

                if (string.IsNullOrWhiteSpace(waarde.Bron))
                {
                    context.AddFailure(param.Naam, $"{voorvoegsel}: the value has no source (Bron).");
                }

                if (fout(waarde.Waarde) is { } melding)
                {
                    context.AddFailure(param.Naam, $"{voorvoegsel}: {melding}.");
                }
            }
        });
    }

    private static string? FoutInTabel(Streefnormtabel tabel)
    {
        foreach (var norm in tabel.Normen)
        {
            if (!IwlzCodelijsten.ToegestaneClassificaties(norm.Leveringsstatus).Contains(norm.Classificatie))
            {
                return $"classificatie {(int)norm.Classificatie:00} does not belong to leveringsstatus {(int)norm.Leveringsstatus}";
            }

            if (norm.Dagen is < 1 or > 3650)
            {
                return $"the streefnorm for leveringsstatus {(int)norm.Leveringsstatus} and classificatie {(int)norm.Classificatie:00} is {norm.Dagen} days, not between 1 and 3650";
            }
        }

        return null;
    }
}
