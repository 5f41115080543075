using System.Collections.Frozen;

namespace Wlz.Rules.Model.AanvullendeDiensten;

/// <summary>
/// Reference data: which categories of service belong to the Wlz-verzekerde zorg (no bijbetaling allowed) and which
/// are aanvullende diensten. Starts from a documented list (<see cref="Standaard"/>) that users extend with <see cref="Met"/>.
/// </summary>
/// <remarks>
/// "Op de website van het Zorginstituut staat beschreven welke zaken er tot de verzekerde Wlz-zorg behoren en welke
/// zaken tot de aanvullende diensten gerekend worden." The starter list holds only classifications with a source;
/// a category that is not in the catalogue is not judged.
/// </remarks>
public sealed class VerzekerdeZorgcatalogus
{
    private const string BronZorginstituutBewonersbijdrage = "Zorginstituut Nederland, 'Bewonersbijdrage Wlz' (FACTS.md §9)";
    private const string BronZorginstituutWas = "Zorginstituut Nederland, standpunt wassen van kleding, 2009-05-19 (FACTS.md §9)";
    private const string BronZorgkantoor = "Zorg in natura in een instelling, Wlz-zorg en aanvullende diensten";

    private readonly FrozenDictionary<string, Dienstcategorie> _perCode;

    /// <summary>Initializes a catalogue from its entries.</summary>
    /// <param name="categorieen">The entries; codes are compared ordinally and must be unique.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="categorieen"/> or an entry is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a code is empty or occurs twice.</exception>
    public VerzekerdeZorgcatalogus(IEnumerable<Dienstcategorie> categorieen)
    {
        ArgumentNullException.ThrowIfNull(categorieen);
        var perCode = new Dictionary<string, Dienstcategorie>(StringComparer.Ordinal);
        var volgorde = new List<Dienstcategorie>();
        foreach (var categorie in categorieen)
        {
            ArgumentNullException.ThrowIfNull(categorie, nameof(categorieen));
            if (string.IsNullOrWhiteSpace(categorie.Code))
            {
                throw new ArgumentException("A category code must not be empty.", nameof(categorieen));
            }

            if (!perCode.TryAdd(categorie.Code, categorie))
            {
                throw new ArgumentException($"The category code '{categorie.Code}' occurs more than once in the catalogue.", nameof(categorieen));
            }

            volgorde.Add(categorie);
        }

        _perCode = perCode.ToFrozenDictionary(StringComparer.Ordinal);
        Categorieen = volgorde.AsReadOnly();
    }

    /// <summary>
    /// Gets the documented starter list: extra washing because of illness and dagbesteding are insured; regular laundry,
    /// dry cleaning of own clothes and a cable subscription are not.
    /// </summary>
    public static VerzekerdeZorgcatalogus Standaard { get; } = new(
    [
        new("extra-was-door-ziekte", "Extra wassen van kleding dat door de ziekte nodig is", true, BronZorginstituutWas),
        new("dagbesteding", "Dagbesteding (de adequate vorm; een duurdere individuele voorkeur mag wel in rekening worden gebracht)", true, BronZorginstituutBewonersbijdrage),
        new("was-eigen-kleding", "Regulier wassen van eigen kleding", false, BronZorgkantoor),
        new("stomerij-eigen-kleding", "Stomen van eigen kleding", false, BronZorginstituutBewonersbijdrage),
        new("kabelabonnement", "Kabelabonnement", false, BronZorgkantoor),
    ]);

    /// <summary>Gets the entries, in the order given.</summary>
    public IReadOnlyList<Dienstcategorie> Categorieen { get; }

    /// <summary>Finds the entry of a category code.</summary>
    /// <param name="code">The category code.</param>
    /// <returns>The entry, or <see langword="null"/> when the catalogue does not know the code.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="code"/> is <see langword="null"/>.</exception>
    public Dienstcategorie? Vind(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _perCode.GetValueOrDefault(code);
    }

    /// <summary>Determines whether a category code belongs to the Wlz-verzekerde zorg.</summary>
    /// <param name="code">The category code.</param>
    /// <returns><see langword="true"/> only when the catalogue knows the code and marks it insured.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="code"/> is <see langword="null"/>.</exception>
    public bool IsVerzekerd(string code) => Vind(code)?.Verzekerd == true;

    /// <summary>Returns a new catalogue with the given entries added, or replacing entries with the same code.</summary>
    /// <param name="categorieen">The entries to add or replace.</param>
    /// <returns>The extended catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="categorieen"/> or an entry is <see langword="null"/>.</exception>
    public VerzekerdeZorgcatalogus Met(params IEnumerable<Dienstcategorie> categorieen)
    {
        ArgumentNullException.ThrowIfNull(categorieen);
        var nieuw = categorieen.ToList();
        foreach (var categorie in nieuw)
        {
            ArgumentNullException.ThrowIfNull(categorie, nameof(categorieen));
        }

        var codes = new HashSet<string>(nieuw.Select(c => c.Code), StringComparer.Ordinal);
        return new VerzekerdeZorgcatalogus(Categorieen.Where(c => !codes.Contains(c.Code)).Concat(nieuw));
    }
}
