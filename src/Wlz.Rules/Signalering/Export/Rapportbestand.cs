using NodaTime;
using Wlz.Rules.Evaluatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// The exported form of an <see cref="Evaluatierapport"/>: plain data that is written as JSON by <see cref="RapportJson"/>
/// and read back, so that next week's run can be compared with it (see <see cref="Diff.Rapportverschil"/>).
/// </summary>
/// <remarks>
/// It holds a full BSN only when made with <see cref="Export.Identificatie.Bsn"/>: cliënten are identified as the report's
/// <see cref="Export.Identificatie"/> says, entries are paired across runs on their <see cref="RapportbestandRegel.Koppelsleutel"/>,
/// and rejections carry masked keys only.
/// </remarks>
public sealed class Rapportbestand
{
    /// <summary>The value of <see cref="Formaat"/> this version writes.</summary>
    public const string HuidigFormaat = "wlz-rules-rapport/2";

    /// <summary>Gets the format marker of the file.</summary>
    public string Formaat { get; init; } = HuidigFormaat;

    /// <summary>Gets how the cliënten of this report are identified.</summary>
    public Identificatiesoort Identificatie { get; init; }

    /// <summary>Gets the fingerprint of the secret of the pairing keys (<see cref="Export.Identificatie.Koppeling"/>).</summary>
    public string Koppeling { get; init; } = string.Empty;

    /// <summary>Gets the version of the rule sets that made the report (the Wlz.Rules package version).</summary>
    public string Regelsetversie { get; init; } = string.Empty;

    /// <summary>Gets the peildatum of the evaluation.</summary>
    public LocalDate Peildatum { get; init; }

    /// <summary>Gets the counts of the evaluation.</summary>
    public RapportbestandTellers Tellers { get; init; } = new();

    /// <summary>Gets the lists, one per (list, zorgaanbieder), ordered by list code and zorgaanbieder.</summary>
    public IReadOnlyList<RapportbestandLijst> Lijsten { get; init; } = [];

    /// <summary>Gets the rejected dossiers with their validation failures.</summary>
    public IReadOnlyList<RapportbestandAfwijzing> Afwijzingen { get; init; } = [];

    /// <summary>Gets the version of the rule sets in this library, as written into <see cref="Regelsetversie"/>.</summary>
    public static string HuidigeRegelsetversie { get; } = BepaalRegelsetversie();

    /// <summary>Converts an evaluation report into its exported form, identifying cliënten as <paramref name="identificatie"/> says.</summary>
    /// <param name="rapport">The report.</param>
    /// <param name="identificatie">How cliënten are identified, and the secret of the pairing keys.</param>
    /// <returns>The exported form, with the lists and entries in the report's order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static Rapportbestand Van(Evaluatierapport rapport, Export.Identificatie identificatie)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ArgumentNullException.ThrowIfNull(identificatie);
        return new Rapportbestand
        {
            Identificatie = identificatie.Soort,
            Koppeling = identificatie.Koppeling,
            Regelsetversie = HuidigeRegelsetversie,
            Peildatum = rapport.Peildatum,
            Tellers = RapportbestandTellers.Van(rapport.Tellers),
            Lijsten = [.. rapport.Lijsten.Select(l => RapportbestandLijst.Van(l, identificatie))],
            Afwijzingen = [.. rapport.Afwijzingen.Select(RapportbestandAfwijzing.Van)],
        };
    }

    private static string BepaalRegelsetversie()
    {
        var assembly = typeof(Rapportbestand).Assembly;
        var versie = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";

        // The source revision after '+' differs per build of the same release; the rule sets do not.
        var plus = versie.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? versie : versie[..plus];
    }
}
