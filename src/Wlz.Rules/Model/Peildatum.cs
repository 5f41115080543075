using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model;

/// <summary>
/// The peildatum: the date an evaluation is done for, inserted as a fact so that rules can match it.
/// Evaluation is a pure function of the facts, the parameters and this date — never of the system clock.
/// </summary>
/// <param name="Datum">The date.</param>
public sealed record Peildatum(LocalDate Datum)
{
    /// <summary>Returns the date in ISO format, e.g. <c>2026-03-02</c>.</summary>
    /// <returns>The ISO date.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Datum);
}
