using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model;

/// <summary>A melding aanvang zorg (MAZ): the AW35 message in which a zorgaanbieder reports that care started.</summary>
/// <remarks>
/// The leveringsstatus of an AW35 is always 4, In zorg (CS062), so it is not stored. The sleuteldatum is "Datum vanaf
/// wanneer het verblijf voor de client beschikbaar is": at most 14 days before the begindatum, strictly before it
/// (CS088), and within the toewijzing (TR017).
/// </remarks>
public sealed record Maz
{
    /// <summary>Gets the <see cref="Zorgtoewijzing.Id"/> of the toewijzing the MAZ belongs to.</summary>
    public required string ToewijzingId { get; init; }

    /// <summary>Gets the date care started (AW35 <c>Begindatum</c>).</summary>
    public required LocalDate Begindatum { get; init; }

    /// <summary>Gets the date the room or verblijf became available to the cliënt (AW35 <c>Sleuteldatum</c>), when given.</summary>
    public LocalDate? Sleuteldatum { get; init; }

    /// <summary>Gets a value indicating whether the admitting zorgaanbieder delivers behandeling (AW35 <c>Behandeling</c> J/N).</summary>
    public bool Behandeling { get; init; }

    /// <summary>Gets the status aanlevering (AW35 <c>StatusAanlevering</c>).</summary>
    /// <value>The default is <see cref="StatusAanlevering.EersteAanlevering"/>.</value>
    public StatusAanlevering StatusAanlevering { get; init; } = StatusAanlevering.EersteAanlevering;

    /// <summary>Gets a value indicating whether the MAZ was withdrawn (status aanlevering 3).</summary>
    public bool IsVerwijderd => StatusAanlevering == StatusAanlevering.Verwijderd;

    /// <summary>Returns the toewijzing (masked) and begindatum.</summary>
    /// <returns>A short description that never contains a full BSN.</returns>
    public override string ToString() => $"MAZ op toewijzing '{Maskering.Maskeer(ToewijzingId)}' begindatum {LocalDatePattern.Iso.Format(Begindatum)}";
}
