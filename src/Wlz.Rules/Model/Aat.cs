using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model;

/// <summary>
/// An aanvraag aangepaste zorgtoewijzing (AAT): the AW39 <c>Aanvraag</c> class, "Gegevens over een aanvraag van een
/// aangepaste zorgtoewijzing", sent by the dossierhouder or coördinator zorg thuis.
/// </summary>
/// <remarks>A minimal model: only what the list rules need (the MUT-with-AAT route in "Zorgtoewijzing zonder MAZ/MUT").</remarks>
public sealed record Aat
{
    /// <summary>Gets the <see cref="Zorgtoewijzing.Id"/> of the toewijzing the aanvraag relates to.</summary>
    public required string ToewijzingId { get; init; }

    /// <summary>Gets the date the zorgkantoor received the aanvraag.</summary>
    public required LocalDate Ontvangstdatum { get; init; }

    /// <summary>Gets the requested zorgprofiel.</summary>
    public required Zorgprofiel Zorgprofiel { get; init; }

    /// <summary>Gets the requested leveringsvorm.</summary>
    public required Leveringsvorm Leveringsvorm { get; init; }

    /// <summary>Gets the requested ingangsdatum.</summary>
    public required LocalDate Ingangsdatum { get; init; }

    /// <summary>Gets the requested einddatum (inclusive), when given.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Gets the status aanlevering.</summary>
    /// <value>The default is <see cref="StatusAanlevering.EersteAanlevering"/>.</value>
    public StatusAanlevering StatusAanlevering { get; init; } = StatusAanlevering.EersteAanlevering;

    /// <summary>Returns the toewijzing (masked) and ontvangstdatum.</summary>
    /// <returns>A short description that never contains a full BSN.</returns>
    public override string ToString() => $"AAT op toewijzing '{Maskering.Maskeer(ToewijzingId)}' ontvangen {LocalDatePattern.Iso.Format(Ontvangstdatum)}";
}
