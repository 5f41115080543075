using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie;

/// <summary>One saved run of the weekly job: the header of a <see cref="Rapportbestand"/> as the history stores it.</summary>
public sealed class Historierun
{
    internal Historierun(
        long id,
        LocalDate peildatum,
        string regelsetversie,
        Identificatiesoort identificatie,
        string koppeling,
        Instant tijdstip,
        RapportbestandTellers tellers,
        long regels)
    {
        Id = id;
        Peildatum = peildatum;
        Regelsetversie = regelsetversie;
        Identificatie = identificatie;
        Koppeling = koppeling;
        Tijdstip = tijdstip;
        Tellers = tellers;
        Regels = regels;
    }

    /// <summary>Gets the id of the run in this history: increasing in the order the runs were saved.</summary>
    public long Id { get; }

    /// <summary>Gets the peildatum of the evaluation.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>Gets the version of the rule sets that made the report (<see cref="Rapportbestand.Regelsetversie"/>).</summary>
    public string Regelsetversie { get; }

    /// <summary>Gets how the cliënten of the saved entries are identified.</summary>
    public Identificatiesoort Identificatie { get; }

    /// <summary>Gets the fingerprint of the secret of the pairing keys: only runs with the same one can be compared.</summary>
    public string Koppeling { get; }

    /// <summary>Gets when the run was saved.</summary>
    public Instant Tijdstip { get; }

    /// <summary>Gets the counts of the evaluation.</summary>
    public RapportbestandTellers Tellers { get; }

    /// <summary>Gets the number of entries saved, over all lists.</summary>
    public long Regels { get; }

    /// <summary>Returns the id, peildatum and number of entries.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"Run {Id} ({LocalDatePattern.Iso.Format(Peildatum)}, {Regels} entries)";
}
