using NodaTime;

namespace Wlz.Rules.Model;

/// <summary>
/// An indicatie: one geïndiceerd zorgprofiel of a CIZ indicatiebesluit (IO31, and <c>Indicatie</c> in AW33).
/// </summary>
/// <remarks>
/// The einddatum is optional: "tot en met welke datum het indicatiebesluit rechtsgeldig is"; empty means indefinite,
/// the normal situation in the Wlz. Both dates are inclusive.
/// </remarks>
public sealed record Indicatie
{
    /// <summary>Gets the besluitnummer of the indicatiebesluit (<c>LDT_Besluitnummer</c>, 1–999999999).</summary>
    public required string Besluitnummer { get; init; }

    /// <summary>Gets the geïndiceerd zorgprofiel.</summary>
    public required Zorgprofiel Zorgprofiel { get; init; }

    /// <summary>Gets the first day the indicatie is valid.</summary>
    public required LocalDate Ingangsdatum { get; init; }

    /// <summary>Gets the last day the indicatie is valid (inclusive), or <see langword="null"/> when it is indefinite.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Determines whether the indicatie is valid on <paramref name="datum"/>.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when Ingangsdatum ≤ datum ≤ Einddatum (or no Einddatum).</returns>
    public bool IsGeldigOp(LocalDate datum) => Ingangsdatum <= datum && (Einddatum is null || datum <= Einddatum.Value);

    /// <summary>Returns the besluitnummer and zorgprofiel.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Indicatie '{Maskering.Maskeer(Besluitnummer)}' {Zorgprofiel?.Weergave}";
}
