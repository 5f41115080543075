using System.Collections.Frozen;
using Wlz.Rules.Model;

namespace Wlz.Rules.Parameters;

/// <summary>The streefnormen per (leveringsstatus, classificatie). Immutable and thread-safe.</summary>
/// <remarks>
/// <para>
/// <b>The numbers of <see cref="Voorbeeld"/> are invented.</b> No public source gives the streefnorm day counts
/// (FACTS §1.4, open question 1), so the library ships an example table only to make the rules runnable: every
/// entry has <see cref="Streefnorm.IsVoorbeeld"/> set and every signal computed from it must say so. Supply the real
/// table from the Voorschrift Zorgtoewijzing with <see cref="WlzParametersBuilder.MetStreefnormen"/>.
/// </para>
/// <para>
/// Example values: Urgent plaatsen (6) with classificatie 01–08: 14 days; Actief plaatsen (7) with 09–12: 42 days.
/// The wachtstatussen 2 and 3 have no streefnorm in the example.
/// </para>
/// </remarks>
public sealed class Streefnormtabel
{
    private const string VoorbeeldBron =
        "VOORBEELD — geen bron: de streefnormen staan in het Voorschrift Zorgtoewijzing; vervang deze waarde door de echte tabel.";

    private readonly FrozenDictionary<(Leveringsstatus, Classificatie), Streefnorm> _normen;

    /// <summary>Initializes a new instance of the <see cref="Streefnormtabel"/> class.</summary>
    /// <param name="normen">The norms; each (leveringsstatus, classificatie) at most once.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="normen"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a (leveringsstatus, classificatie) occurs more than once.</exception>
    public Streefnormtabel(IEnumerable<Streefnorm> normen)
    {
        ArgumentNullException.ThrowIfNull(normen);
        var perSleutel = new Dictionary<(Leveringsstatus, Classificatie), Streefnorm>();
        foreach (var norm in normen)
        {
            ArgumentNullException.ThrowIfNull(norm, nameof(normen));
            if (!perSleutel.TryAdd((norm.Leveringsstatus, norm.Classificatie), norm))
            {
                throw new ArgumentException(
                    $"The streefnorm for leveringsstatus {(int)norm.Leveringsstatus} and classificatie {(int)norm.Classificatie:00} occurs more than once.",
                    nameof(normen));
            }
        }

        _normen = perSleutel.ToFrozenDictionary();
        Normen = [.. perSleutel.Values.OrderBy(n => n.Leveringsstatus).ThenBy(n => n.Classificatie)];
    }

    /// <summary>Gets the example table. <b>Its numbers are invented</b>; see the remarks of <see cref="Streefnormtabel"/>.</summary>
    public static Streefnormtabel Voorbeeld { get; } = new(
        Enumerable.Range(1, 8).Select(c => VoorbeeldNorm(Leveringsstatus.UrgentPlaatsen, c, 14))
            .Concat(Enumerable.Range(9, 4).Select(c => VoorbeeldNorm(Leveringsstatus.ActiefPlaatsen, c, 42))));

    /// <summary>Gets every norm, ordered by leveringsstatus and classificatie.</summary>
    public IReadOnlyList<Streefnorm> Normen { get; }

    /// <summary>Gets a value indicating whether any norm in the table is an example value.</summary>
    public bool BevatVoorbeeldwaarden => Normen.Any(n => n.IsVoorbeeld);

    /// <summary>Finds the norm for a (leveringsstatus, classificatie).</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <param name="classificatie">The classificatie.</param>
    /// <returns>The norm, or <see langword="null"/> when the table has none for the combination.</returns>
    public Streefnorm? Vind(Leveringsstatus leveringsstatus, Classificatie classificatie) =>
        _normen.GetValueOrDefault((leveringsstatus, classificatie));

    private static Streefnorm VoorbeeldNorm(Leveringsstatus status, int classificatie, int dagen) => new()
    {
        Leveringsstatus = status,
        Classificatie = (Classificatie)classificatie,
        Dagen = dagen,
        IsVoorbeeld = true,
        Bron = VoorbeeldBron,
    };
}
