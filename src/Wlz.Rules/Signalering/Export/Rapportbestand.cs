using NodaTime;
using Wlz.Rules.Evaluatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// The exported form of an <see cref="Evaluatierapport"/>: plain data that is written as JSON by <see cref="RapportJson"/>
/// and read back, so that next week's run can be compared with it (see <see cref="Diff.Rapportverschil"/>).
/// </summary>
/// <remarks>It holds no full BSN: cliënt keys are the signals' <see cref="Signaal.ClientId"/> and rejections carry masked keys only.</remarks>
public sealed class Rapportbestand
{
    /// <summary>The value of <see cref="Formaat"/> this version writes.</summary>
    public const string HuidigFormaat = "wlz-rules-rapport/1";

    /// <summary>Gets the format marker of the file.</summary>
    public string Formaat { get; init; } = HuidigFormaat;

    /// <summary>Gets the peildatum of the evaluation.</summary>
    public LocalDate Peildatum { get; init; }

    /// <summary>Gets the counts of the evaluation.</summary>
    public RapportbestandTellers Tellers { get; init; } = new();

    /// <summary>Gets the lists, one per (list, zorgaanbieder), ordered by list code and zorgaanbieder.</summary>
    public IReadOnlyList<RapportbestandLijst> Lijsten { get; init; } = [];

    /// <summary>Gets the rejected dossiers with their validation failures.</summary>
    public IReadOnlyList<RapportbestandAfwijzing> Afwijzingen { get; init; } = [];

    /// <summary>Converts an evaluation report into its exported form.</summary>
    /// <param name="rapport">The report.</param>
    /// <returns>The exported form, with the lists and entries in the report's order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rapport"/> is <see langword="null"/>.</exception>
    public static Rapportbestand Van(Evaluatierapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        return new Rapportbestand
        {
            Peildatum = rapport.Peildatum,
            Tellers = RapportbestandTellers.Van(rapport.Tellers),
            Lijsten = [.. rapport.Lijsten.Select(RapportbestandLijst.Van)],
            Afwijzingen = [.. rapport.Afwijzingen.Select(RapportbestandAfwijzing.Van)],
        };
    }
}
