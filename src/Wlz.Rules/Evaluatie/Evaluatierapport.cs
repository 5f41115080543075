using NodaTime;
using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>
/// The result of evaluating a population on a peildatum: every signal, grouped into lists per zorgaanbieder,
/// every rejected dossier with its reasons, and the counts that prove nothing was lost.
/// </summary>
public sealed class Evaluatierapport
{
    internal Evaluatierapport(LocalDate peildatum, IReadOnlyList<Signaal> signalen, IReadOnlyList<Afwijzing> afwijzingen, Evaluatietellers tellers)
    {
        Peildatum = peildatum;
        Signalen = signalen;
        Afwijzingen = afwijzingen;
        Tellers = tellers;
        Lijsten = MaakLijsten(peildatum, signalen);
    }

    /// <summary>Gets the peildatum of the evaluation.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>Gets every signal, in input order of the dossiers and, within a dossier, in the engine's deterministic order.</summary>
    public IReadOnlyList<Signaal> Signalen { get; }

    /// <summary>Gets the lists: one per (list, zorgaanbieder) that has at least one entry, ordered by list code and AGB code.</summary>
    public IReadOnlyList<Signaleringslijst> Lijsten { get; }

    /// <summary>Gets the rejected dossiers with their validation failures.</summary>
    public IReadOnlyList<Afwijzing> Afwijzingen { get; }

    /// <summary>Gets the counts: read = evaluated + rejected.</summary>
    public Evaluatietellers Tellers { get; }

    /// <summary>Gets the list of one kind for one zorgaanbieder, or <see langword="null"/> when it has no entries (and so is not sent).</summary>
    /// <param name="lijstCode">The <see cref="Lijstdefinitie.Code"/>.</param>
    /// <param name="zorgaanbieder">The AGB code, or <see langword="null"/> for the zorgkantoor's own actions.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    public Signaleringslijst? Lijst(string lijstCode, string? zorgaanbieder) =>
        Lijsten.FirstOrDefault(l => l.Lijst.Code == lijstCode && l.Zorgaanbieder == zorgaanbieder);

    private static IReadOnlyList<Signaleringslijst> MaakLijsten(LocalDate peildatum, IReadOnlyList<Signaal> signalen) =>
        signalen
            .GroupBy(s => (s.Lijst.Code, s.Zorgaanbieder))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Zorgaanbieder, StringComparer.Ordinal)
            .Select(g => new Signaleringslijst(
                g.First().Lijst,
                g.Key.Zorgaanbieder,
                peildatum,
                g.OrderBy(s => s.ClientId)
                    .ThenBy(s => s.Onderwerp, StringComparer.Ordinal)
                    .ThenBy(s => s.Regel.Id, StringComparer.Ordinal)
                    .ToArray()))
            .ToArray();
}
