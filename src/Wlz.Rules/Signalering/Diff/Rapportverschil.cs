using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Signalering.Diff;

/// <summary>
/// The week-over-week difference between two evaluations: per list and zorgaanbieder, the entries that are new, that
/// left, and that changed (same <see cref="RapportbestandRegel.Koppelsleutel"/>, different <see cref="Signaal.Velden"/>).
/// </summary>
/// <remarks>
/// Entries are paired on their <see cref="RapportbestandRegel.Koppelsleutel"/>, a keyed hash of the full identity of the
/// entry, never on a masked cliënt key (which repeats). When one list holds several entries with the same key (two
/// rules on one subject) they are paired in list order. A change of only the explanation text is not reported as a change.
/// </remarks>
public sealed class Rapportverschil
{
    private Rapportverschil(LocalDate vorigePeildatum, LocalDate huidigePeildatum, IReadOnlyList<Lijstverschil> lijsten)
    {
        VorigePeildatum = vorigePeildatum;
        HuidigePeildatum = huidigePeildatum;
        Lijsten = lijsten;
    }

    /// <summary>Gets the peildatum of the previous run.</summary>
    public LocalDate VorigePeildatum { get; }

    /// <summary>Gets the peildatum of the current run.</summary>
    public LocalDate HuidigePeildatum { get; }

    /// <summary>Gets the lists that differ, ordered by list code and zorgaanbieder; lists without differences are left out.</summary>
    public IReadOnlyList<Lijstverschil> Lijsten { get; }

    /// <summary>Gets a value indicating whether nothing changed.</summary>
    public bool IsLeeg => Lijsten.Count == 0;

    /// <summary>
    /// Creates a difference from lists compared elsewhere (e.g. by a store that pairs the entries itself), so that it
    /// reads and renders (<see cref="AlsTekst"/>) exactly as one computed by <see cref="Bereken(Rapportbestand, Rapportbestand)"/>.
    /// </summary>
    /// <param name="vorigePeildatum">The peildatum of the previous run.</param>
    /// <param name="huidigePeildatum">The peildatum of the current run.</param>
    /// <param name="lijsten">The compared lists, one per list code and zorgaanbieder; lists without differences are left out.</param>
    /// <returns>The difference, with its lists ordered by list code and zorgaanbieder (ordinal, the zorgkantoor first).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="lijsten"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when two lists have the same code and zorgaanbieder.</exception>
    public static Rapportverschil Van(LocalDate vorigePeildatum, LocalDate huidigePeildatum, IEnumerable<Lijstverschil> lijsten)
    {
        ArgumentNullException.ThrowIfNull(lijsten);
        var gezien = new HashSet<(string, string?)>();
        var metVerschil = new List<Lijstverschil>();
        foreach (var lijst in lijsten)
        {
            ArgumentNullException.ThrowIfNull(lijst, nameof(lijsten));
            if (!gezien.Add((lijst.Code, lijst.Zorgaanbieder)))
            {
                throw new ArgumentException($"The list {lijst.Code} for {lijst.Zorgaanbieder ?? "the zorgkantoor"} occurs twice.", nameof(lijsten));
            }

            if (!lijst.IsLeeg)
            {
                metVerschil.Add(lijst);
            }
        }

        var geordend = metVerschil
            .OrderBy(l => l.Code, StringComparer.Ordinal)
            .ThenBy(l => l.Zorgaanbieder, StringComparer.Ordinal)
            .ToArray();
        return new Rapportverschil(vorigePeildatum, huidigePeildatum, geordend);
    }

    /// <summary>Compares two reports.</summary>
    /// <param name="vorige">Last run's report.</param>
    /// <param name="huidige">This run's report.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <remarks>The entries are shown masked; they are paired on keys made with a secret used for this comparison only.</remarks>
    public static Rapportverschil Bereken(Evaluatierapport vorige, Evaluatierapport huidige)
    {
        ArgumentNullException.ThrowIfNull(vorige);
        ArgumentNullException.ThrowIfNull(huidige);
        var identificatie = Identificatie.Gemaskeerd(Identificatie.NieuwGeheim());
        return Bereken(Rapportbestand.Van(vorige, identificatie), Rapportbestand.Van(huidige, identificatie));
    }

    /// <summary>Compares last run's exported report (e.g. read with <see cref="RapportJson.Lees"/>) with this run's report.</summary>
    /// <param name="vorige">Last run's exported report.</param>
    /// <param name="huidige">This run's report.</param>
    /// <param name="identificatie">The identification, with the same secret as last run's (see <see cref="Rapportbestand.Koppeling"/>).</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when last run's report was made with another secret: its entries cannot be paired.</exception>
    public static Rapportverschil Bereken(Rapportbestand vorige, Evaluatierapport huidige, Identificatie identificatie)
    {
        ArgumentNullException.ThrowIfNull(huidige);
        ArgumentNullException.ThrowIfNull(identificatie);
        return Bereken(vorige, Rapportbestand.Van(huidige, identificatie));
    }

    /// <summary>Compares two exported reports.</summary>
    /// <param name="vorige">Last run's exported report.</param>
    /// <param name="huidige">This run's exported report.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the reports were made with different secrets (<see cref="Rapportbestand.Koppeling"/>): their entries cannot be paired.</exception>
    public static Rapportverschil Bereken(Rapportbestand vorige, Rapportbestand huidige)
    {
        ArgumentNullException.ThrowIfNull(vorige);
        ArgumentNullException.ThrowIfNull(huidige);
        if (!string.Equals(vorige.Koppeling, huidige.Koppeling, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The reports were made with different secrets (koppeling {vorige.Koppeling} and {huidige.Koppeling}), so their entries cannot be paired: use the same secret every week.",
                nameof(vorige));
        }

        var oud = vorige.Lijsten.ToDictionary(l => (l.Code, l.Zorgaanbieder));
        var nieuw = huidige.Lijsten.ToDictionary(l => (l.Code, l.Zorgaanbieder));
        var lijsten = oud.Keys.Union(nieuw.Keys).Select(k => Vergelijk(oud.GetValueOrDefault(k), nieuw.GetValueOrDefault(k)));
        return Van(vorige.Peildatum, huidige.Peildatum, lijsten);
    }

    /// <summary>Gets the first line of <see cref="AlsTekst"/>: the peildata and the counts, e.g. <c>Verschil 2026-05-04 -> 2026-05-11: 3 nieuw, 1 vervallen, 2 gewijzigd.</c></summary>
    /// <returns>The line, without line end.</returns>
    public string Samenvatting()
    {
        var patroon = LocalDatePattern.Iso;
        var kop = $"Verschil {patroon.Format(VorigePeildatum)} -> {patroon.Format(HuidigePeildatum)}: ";
        return IsLeeg
            ? kop + "geen wijzigingen."
            : kop + string.Create(CultureInfo.InvariantCulture, $"{Lijsten.Sum(l => l.Nieuw.Count)} nieuw, {Lijsten.Sum(l => l.Vervallen.Count)} vervallen, {Lijsten.Sum(l => l.Gewijzigd.Count)} gewijzigd.");
    }

    /// <summary>
    /// Renders the differences as readable Dutch text: per list a line per new entry (<c>+</c>, with its explanation),
    /// per entry that left (<c>-</c>) and per changed entry (<c>~</c>, with its current explanation as the reason and a line per changed field).
    /// </summary>
    /// <returns>The text; deterministic for the same input.</returns>
    public string AlsTekst()
    {
        var tekst = new StringBuilder().AppendLine(Samenvatting());
        if (IsLeeg)
        {
            return tekst.ToString();
        }

        foreach (var lijst in Lijsten)
        {
            tekst.AppendLine(CultureInfo.InvariantCulture, $"{lijst.Titel} ({lijst.Code}) - {lijst.Zorgaanbieder ?? "zorgkantoor"}");
            foreach (var regel in lijst.Nieuw)
            {
                tekst.AppendLine(CultureInfo.InvariantCulture, $"  + {regel.ClientId} {regel.Onderwerp}: {regel.Uitleg}");
            }

            foreach (var regel in lijst.Vervallen)
            {
                tekst.AppendLine(CultureInfo.InvariantCulture, $"  - {regel.ClientId} {regel.Onderwerp}");
            }

            foreach (var wijziging in lijst.Gewijzigd)
            {
                tekst.AppendLine(CultureInfo.InvariantCulture, $"  ~ {wijziging.Huidige.ClientId} {wijziging.Huidige.Onderwerp}: {wijziging.Huidige.Uitleg}");
                foreach (var veld in wijziging.Velden)
                {
                    tekst.AppendLine(CultureInfo.InvariantCulture, $"      {veld.Naam}: {veld.Van ?? "(leeg)"} -> {veld.Naar ?? "(leeg)"}");
                }
            }
        }

        return tekst.ToString();
    }

    private static Lijstverschil Vergelijk(RapportbestandLijst? vorige, RapportbestandLijst? huidige)
    {
        var lijst = (huidige ?? vorige)!;
        var oud = Genummerd(vorige);
        var nieuw = Genummerd(huidige);
        var erbij = new List<RapportbestandRegel>();
        var gewijzigd = new List<Regelwijziging>();
        foreach (var (sleutel, regel) in nieuw)
        {
            if (!oud.TryGetValue(sleutel, out var eerder))
            {
                erbij.Add(regel);
            }
            else if (Regelwijziging.Van(eerder, regel) is { } wijziging)
            {
                gewijzigd.Add(wijziging);
            }
        }

        var eraf = oud.Where(p => !nieuw.ContainsKey(p.Key)).Select(p => p.Value).ToArray();
        return new Lijstverschil(lijst.Code, lijst.Titel, lijst.Zorgaanbieder, erbij, eraf, gewijzigd);
    }

    /// <summary>Keys the entries by (key, occurrence), preserving list order.</summary>
    private static Dictionary<(string Sleutel, int Volgnummer), RapportbestandRegel> Genummerd(RapportbestandLijst? lijst)
    {
        var regels = new Dictionary<(string, int), RapportbestandRegel>();
        var tellers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var regel in lijst?.Regels ?? [])
        {
            var n = tellers.GetValueOrDefault(regel.Koppelsleutel);
            tellers[regel.Koppelsleutel] = n + 1;
            regels.Add((regel.Koppelsleutel, n), regel);
        }

        return regels;
    }
}
