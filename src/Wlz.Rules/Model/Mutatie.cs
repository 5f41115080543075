using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model;

/// <summary>
/// A mutatie: an AW39 MutatieZorgzwaartepakket from the zorgaanbieder — a MUT (e.g. a wachtstatus) or a MEZ
/// (melding einde zorg, codes 17, 19 and 20).
/// </summary>
/// <remarks>
/// A MEZ that the zorgaanbieder later withdrew (status aanlevering 3) is what the zorgkantoor calls a "MUT einde zorg
/// ingetrokken" (<see cref="IsEindeZorgIngetrokken"/>).
/// </remarks>
public sealed record Mutatie
{
    /// <summary>Gets the <see cref="Zorgtoewijzing.Id"/> of the toewijzing the mutatie belongs to.</summary>
    public required string ToewijzingId { get; init; }

    /// <summary>Gets the mutatiecode (AW39 <c>Mutatiecode</c>).</summary>
    public required Mutatiecode Mutatiecode { get; init; }

    /// <summary>Gets the date the mutatie (or the status it carries) took effect (AW39 <c>Mutatiedatum</c>).</summary>
    public required LocalDate Mutatiedatum { get; init; }

    /// <summary>Gets the begindatum of the care that ends (AW39 <c>Begindatum</c>): required for 17, 19 and 20, empty otherwise (TR066).</summary>
    public LocalDate? Begindatum { get; init; }

    /// <summary>Gets the leveringsstatus sent with the mutatie (AW39 <c>Leveringsstatus</c>).</summary>
    public Leveringsstatus? Leveringsstatus { get; init; }

    /// <summary>Gets the classificatie: required exactly for leveringsstatus 2, 3, 6 and 7 (CD090).</summary>
    public Classificatie? Classificatie { get; init; }

    /// <summary>Gets the status aanlevering (AW39 <c>StatusAanlevering</c>).</summary>
    /// <value>The default is <see cref="StatusAanlevering.EersteAanlevering"/>.</value>
    public StatusAanlevering StatusAanlevering { get; init; } = StatusAanlevering.EersteAanlevering;

    /// <summary>Gets a value indicating whether the mutatie ends care after a MAZ (a MEZ: mutatiecode 17, 19 or 20).</summary>
    public bool IsEindeZorg => IwlzCodelijsten.IsEindeZorg(Mutatiecode);

    /// <summary>Gets a value indicating whether the zorgaanbieder withdrew the mutatie (status aanlevering 3).</summary>
    public bool IsIngetrokken => StatusAanlevering == StatusAanlevering.Verwijderd;

    /// <summary>Gets a value indicating whether this is a withdrawn MEZ: a "MUT einde zorg ingetrokken".</summary>
    public bool IsEindeZorgIngetrokken => IsEindeZorg && IsIngetrokken;

    /// <summary>Gets a value indicating whether the leveringsstatus is a wachtstatus (2, 3, 6 or 7).</summary>
    public bool IsWachtstatus => Leveringsstatus is { } status && IwlzCodelijsten.IsWachtstatus(status);

    /// <summary>Returns the toewijzing (masked), mutatiecode and mutatiedatum.</summary>
    /// <returns>A short description that never contains a full BSN.</returns>
    public override string ToString() =>
        $"Mutatie {(int)Mutatiecode} op toewijzing '{Maskering.Maskeer(ToewijzingId)}' mutatiedatum {LocalDatePattern.Iso.Format(Mutatiedatum)}";
}
