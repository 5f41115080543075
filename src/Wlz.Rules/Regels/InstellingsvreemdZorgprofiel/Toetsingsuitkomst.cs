using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>
/// A fact: the outcome of the zorgkantoor's toetsing of one instellingsvreemde toewijzing (or aanvraag), decided on a date.
/// </summary>
/// <remarks>
/// Not part of a <see cref="Dossier"/>: pass outcomes to
/// <see cref="InstellingsvreemdEvaluatie.EvaluateInstellingsvreemd(Evaluatie.WlzRuleEngine, Dossier, IEnumerable{Toetsingsuitkomst}, LocalDate)"/>.
/// </remarks>
public sealed record Toetsingsuitkomst
{
    /// <summary>Gets the id of the toewijzing the toetsing was about (<see cref="Zorgtoewijzing.Id"/>).</summary>
    public required string ToewijzingId { get; init; }

    /// <summary>Gets the date the zorgkantoor decided.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>Gets the decision.</summary>
    public required Toetsingsbesluit Besluit { get; init; }

    /// <summary>
    /// Gets the instellingseigen zorgprofiel the toewijzing must be converted to when <see cref="Besluit"/> is
    /// <see cref="Toetsingsbesluit.Omzetten"/>; otherwise <see langword="null"/>.
    /// </summary>
    public Zorgprofiel? OmzettenNaar { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Toetsingsuitkomst {Besluit} op toewijzing '{ToewijzingId}' van {LocalDatePattern.Iso.Format(Datum)}";
}
