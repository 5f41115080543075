using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model;

/// <summary>A zorgtoewijzing: a toegewezen zorgzwaartepakket in the AW33 message from the zorgkantoor to a zorgaanbieder.</summary>
/// <remarks>
/// <para>
/// iWlz 2.2 has no toewijzingsnummer: messages are linked by key fields (TR019, "op basis van de sleutelvelden"), i.e.
/// BSN + Besluitnummer + ZzpCode + Instelling + Ingangsdatum. <see cref="Id"/> is a plain string: set an explicit id,
/// or compute the key within the dossier with <see cref="BerekenSleutel"/>. MAZ, MUT and AAT facts point at a toewijzing
/// through it.
/// </para>
/// <para>
/// Ingangsdatum is "voor de eerste keer geleverd" and Einddatum "voor de laatste keer geleverd": both inclusive.
/// A computed key leaves the BSN out (every fact of a dossier is about one cliënt), so ids never carry a BSN into
/// lists and exports; an id set by the user that holds one is masked in messages and in <see cref="ToString"/>.
/// </para>
/// </remarks>
public sealed record Zorgtoewijzing
{
    /// <summary>Gets the id that MAZ, MUT and AAT facts refer to.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the besluitnummer of the indicatiebesluit the toewijzing is based on.</summary>
    public required string Besluitnummer { get; init; }

    /// <summary>Gets the toegewezen zorgprofiel (AW33 <c>ZzpCode</c>).</summary>
    public required Zorgprofiel Zorgprofiel { get; init; }

    /// <summary>Gets the iWlz-AGB-code of the zorgaanbieder (AW33 <c>Instelling</c>).</summary>
    public required AgbCode Zorgaanbieder { get; init; }

    /// <summary>Gets the soort (AW33 <c>Soort</c>): regulier, overbrugging or administratief.</summary>
    public required SoortToewijzing Soort { get; init; }

    /// <summary>Gets the leveringsvorm (AW33 <c>Leveringsvorm</c>).</summary>
    public required Leveringsvorm Leveringsvorm { get; init; }

    /// <summary>Gets the share of the budget for the zorgprofiel in percent (AW33 <c>ToewijzingPercentage</c>: whole percents, 1–100).</summary>
    /// <value>The default is 100.</value>
    /// <remarks>iWlz carries it in hundredths (10000 = 100%); this model uses percents. CS130: "Vullen in hele procenten, tenzij de leveringsvorm de waarde 2 (PGB) bevat."</remarks>
    public decimal Percentage { get; init; } = 100m;

    /// <summary>Gets the date the zorgkantoor fixed the toewijzing (AW33 <c>Toewijzingsdatum</c>).</summary>
    public required LocalDate Toewijzingsdatum { get; init; }

    /// <summary>Gets the date the zorgaanbieder received the toewijzing, when known (the start of the MAZ/MUT termijn).</summary>
    /// <remarks>AW33 does not carry this date; when it is unknown, <see cref="EffectieveOntvangstdatum"/> falls back to the toewijzingsdatum.</remarks>
    public LocalDate? Ontvangstdatum { get; init; }

    /// <summary>Gets the first day of the toewijzing (inclusive).</summary>
    public required LocalDate Ingangsdatum { get; init; }

    /// <summary>Gets the last day of the toewijzing (inclusive), or <see langword="null"/> when open-ended.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Gets the reason the zorgkantoor withdrew the toewijzing, or <see langword="null"/> when it was not withdrawn.</summary>
    public RedenIntrekking? RedenIntrekking { get; init; }

    /// <summary>Gets a value indicating whether the zorgaanbieder is the dossierhouder (AW33 <c>Dossierhouder</c>).</summary>
    public bool IsDossierhouder { get; init; }

    /// <summary>Gets a value indicating whether the zorgaanbieder is the coördinator zorg thuis (AW33 <c>CoordinatorZorgThuis</c>).</summary>
    public bool IsCoordinatorZorgThuis { get; init; }

    /// <summary>Gets the date the MAZ/MUT termijn counts from: <see cref="Ontvangstdatum"/>, or else <see cref="Toewijzingsdatum"/>.</summary>
    public LocalDate EffectieveOntvangstdatum => Ontvangstdatum ?? Toewijzingsdatum;

    /// <summary>Gets a value indicating whether the zorgkantoor withdrew the toewijzing.</summary>
    public bool IsIngetrokken => RedenIntrekking is not null;

    /// <summary>Determines whether the toewijzing is valid on <paramref name="datum"/>.</summary>
    /// <param name="datum">The date.</param>
    /// <returns><see langword="true"/> when Ingangsdatum ≤ datum ≤ Einddatum (or no Einddatum).</returns>
    public bool IsGeldigOp(LocalDate datum) => Ingangsdatum <= datum && (Einddatum is null || datum <= Einddatum.Value);

    /// <summary>
    /// Computes the key of a toewijzing within its cliënt's dossier: <c>Besluitnummer|ZzpCode|Instelling|Ingangsdatum</c>,
    /// the iWlz key (TR019) without its BSN.
    /// </summary>
    /// <param name="besluitnummer">The besluitnummer.</param>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <param name="zorgaanbieder">The AGB code of the zorgaanbieder.</param>
    /// <param name="ingangsdatum">The ingangsdatum of the toewijzing.</param>
    /// <returns>The key, e.g. <c>2024000123|753|12345678|2024-01-01</c>.</returns>
    /// <remarks>
    /// The BSN is left out on purpose: a dossier holds the facts of one cliënt, so it would add nothing to the key, and
    /// an id travels into lists, explanations and exports, where a full BSN must never appear.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when a reference argument is <see langword="null"/>.</exception>
    public static string BerekenSleutel(string besluitnummer, Zorgprofiel zorgprofiel, AgbCode zorgaanbieder, LocalDate ingangsdatum)
    {
        ArgumentNullException.ThrowIfNull(besluitnummer);
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        ArgumentNullException.ThrowIfNull(zorgaanbieder);
        return string.Join(
            '|',
            besluitnummer,
            zorgprofiel.Code.ToString(CultureInfo.InvariantCulture),
            zorgaanbieder.Waarde,
            LocalDatePattern.Iso.Format(ingangsdatum));
    }

    /// <summary>Returns the (masked) id, zorgprofiel and zorgaanbieder.</summary>
    /// <returns>A short description that never contains a full BSN.</returns>
    public override string ToString() => $"Zorgtoewijzing '{Maskering.Maskeer(Id)}' {Zorgprofiel?.Weergave} bij {Zorgaanbieder}";
}
