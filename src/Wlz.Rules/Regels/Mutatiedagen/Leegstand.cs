using System.Globalization;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Model.Kamers;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>
/// The derived fact of one vacancy of a room: which mutatiedagen are declarable, computed once by
/// <see cref="LeegstandBepalen"/> and matched by the other mutatiedagen rules.
/// </summary>
public sealed class Leegstand
{
    private Leegstand()
    {
    }

    /// <summary>Gets the room.</summary>
    public required Kamer Kamer { get; init; }

    /// <summary>Gets the departure.</summary>
    public required Vertrek Vertrek { get; init; }

    /// <summary>Gets the next cliënt, if any.</summary>
    public Intrek? Intrek { get; init; }

    /// <summary>Gets the key of the departing cliënt, on whom the mutatiedagen are declared.</summary>
    public string VertrekkendeClientId => Vertrek.ClientId;

    /// <summary>Gets the last day of the departing cliënt.</summary>
    public LocalDate LaatsteDag => Vertrek.LaatsteDag;

    /// <summary>Gets the actual move-in day of the next cliënt, if known.</summary>
    public LocalDate? Intrekdatum => Intrek?.Intrekdatum;

    /// <summary>Gets a value indicating whether the departing cliënt moved internally.</summary>
    public bool InterneVerhuizing => Vertrek.Reden == Vertrekreden.InterneVerhuizing;

    /// <summary>Gets the mutatiedag prestatiecode that applies: Z916 or Z917.</summary>
    public required string Prestatiecode { get; init; }

    /// <summary>Gets the maximum number of mutatiedagen for this vacancy (13, the tweepersoonskamer maximum, or the interne-verhuizing value).</summary>
    public required int Maximum { get; init; }

    /// <summary>Gets the first day that can be a mutatiedag: the day after the last day.</summary>
    public LocalDate Begindatum => Vertrek.LaatsteDag.PlusDays(1);

    /// <summary>Gets the last day the maximum allows: the last day plus <see cref="Maximum"/> days.</summary>
    public LocalDate UitersteEinddatum => Vertrek.LaatsteDag.PlusDays(Maximum);

    /// <summary>Gets the last declarable mutatiedag, or <see langword="null"/> when no day is declarable.</summary>
    public required LocalDate? Einddatum { get; init; }

    /// <summary>Gets the number of declarable mutatiedagen.</summary>
    public required int Aantal { get; init; }

    /// <summary>Gets a value indicating whether the count can still grow: there is no intrek yet and the maximum is not reached on the peildatum.</summary>
    public required bool Voorlopig { get; init; }

    /// <summary>Gets the explanation of the computation, in Dutch.</summary>
    public required string Uitleg { get; init; }

    /// <summary>Computes the vacancy of a room.</summary>
    /// <param name="kamer">The room.</param>
    /// <param name="vertrek">The departure.</param>
    /// <param name="intrek">The next cliënt, or <see langword="null"/>.</param>
    /// <param name="opties">The options.</param>
    /// <param name="parameters">The parameters in force on the peildatum (the maximum, and the peildatum for a provisional count).</param>
    /// <returns>The vacancy.</returns>
    /// <exception cref="ArgumentNullException">Thrown when a required argument is <see langword="null"/>.</exception>
    public static Leegstand Bereken(Kamer kamer, Vertrek vertrek, Intrek? intrek, MutatiedagenOpties opties, ParametersOpPeildatum parameters)
    {
        ArgumentNullException.ThrowIfNull(kamer);
        ArgumentNullException.ThrowIfNull(vertrek);
        ArgumentNullException.ThrowIfNull(opties);
        ArgumentNullException.ThrowIfNull(parameters);

        var laatste = vertrek.LaatsteDag;
        var begin = laatste.PlusDays(1);
        var interne = vertrek.Reden == Vertrekreden.InterneVerhuizing;
        var uitleg = new List<string>
        {
            $"Laatste dag van cliënt {Maskering.MaskeerSleutel(vertrek.ClientId)} ({Omschrijving(vertrek.Reden)}): {Opmaak.Iso(laatste)}; mutatiedagen tellen vanaf de dag erna, {Opmaak.Iso(begin)}.",
        };

        int maximum;
        if (interne)
        {
            maximum = opties.MutatiedagenBijInterneVerhuizing;
            uitleg.Add($"Interne verhuizing: maximaal {Getal(maximum)} mutatiedag(en) (MutatiedagenBijInterneVerhuizing; deze bron: \"geen mutatiedagen\").");
        }
        else if (kamer.Tweepersoonskamer && opties.MaxMutatiedagenTweepersoonskamer is { } tweepersoons)
        {
            maximum = tweepersoons;
            uitleg.Add($"Tweepersoonskamer: maximaal {Getal(maximum)} mutatiedagen (MaxMutatiedagenTweepersoonskamer).");
        }
        else
        {
            maximum = parameters.MaxMutatiedagen;
            uitleg.Add($"Maximaal {Getal(maximum)} mutatiedagen per kamer per keer (MaxMutatiedagen), dus uiterlijk t/m {Opmaak.Iso(laatste.PlusDays(maximum))}.");
        }

        var uiterste = laatste.PlusDays(maximum);
        LocalDate eind;
        var voorlopig = false;
        if (intrek?.Intrekdatum is { } intrekdatum)
        {
            var dagVoorIntrek = intrekdatum.PlusDays(-1);
            eind = Min(uiterste, dagVoorIntrek);
            uitleg.Add($"Cliënt {Maskering.MaskeerSleutel(intrek.ClientId)} betrekt de kamer feitelijk op {Opmaak.Iso(intrekdatum)}{Sleutel(intrek)}: mutatiedagen t/m de dag ervoor, {Opmaak.Iso(dagVoorIntrek)}.");
            if (intrek.InterneVerhuizing && intrek.Sleuteldatum is { } sleuteldatum && sleuteldatum <= dagVoorIntrek)
            {
                eind = Min(eind, sleuteldatum.PlusDays(-1));
                uitleg.Add($"De nieuwe cliënt verhuist intern: de periode vanaf de sleuteldatum {Opmaak.Iso(sleuteldatum)} telt niet als mutatiedagen (t/m {Opmaak.Iso(sleuteldatum.PlusDays(-1))}).");
            }
        }
        else
        {
            eind = Min(uiterste, parameters.Peildatum);
            voorlopig = eind < uiterste;
            uitleg.Add(voorlopig
                ? $"Nog geen feitelijke intrek: voorlopig geteld t/m de peildatum {Opmaak.Iso(parameters.Peildatum)}; het aantal kan nog oplopen tot het maximum."
                : $"Nog geen feitelijke intrek, maar het maximum is op de peildatum {Opmaak.Iso(parameters.Peildatum)} bereikt.");
        }

        var aantal = Math.Max(0, Period.Between(laatste, eind, PeriodUnits.Days).Days);
        var code = Prestatiecodes.Mutatiedag(kamer.ToegelatenVoorBehandeling);
        uitleg.Add(aantal == 0
            ? "Aantal declarabele mutatiedagen: 0."
            : $"Declarabel: {Getal(aantal)} dag(en) {code} van {Opmaak.Iso(begin)} t/m {Opmaak.Iso(eind)} ({(kamer.ToegelatenVoorBehandeling ? "toegelaten" : "niet toegelaten")} voor behandeling).");

        return new Leegstand
        {
            Kamer = kamer,
            Vertrek = vertrek,
            Intrek = intrek,
            Prestatiecode = code,
            Maximum = maximum,
            Einddatum = aantal == 0 ? null : eind,
            Aantal = aantal,
            Voorlopig = voorlopig,
            Uitleg = string.Join(" ", uitleg),
        };
    }

    /// <summary>
    /// Chooses the next cliënt of the room from the intrekken in the session, independent of their order: the earliest
    /// actual intrek (one without an intrekdatum comes after those with one), then the earliest sleuteldatum (none last),
    /// then the lowest cliënt key (ordinal), then the remaining values, so two different intrekken never tie.
    /// </summary>
    /// <param name="intrekken">The intrekken, in any order; a room partition has at most one.</param>
    /// <returns>The chosen intrek, or <see langword="null"/> when there is none.</returns>
    internal static Intrek? KiesIntrek(IEnumerable<Intrek> intrekken)
    {
        ArgumentNullException.ThrowIfNull(intrekken);
        Intrek? gekozen = null;
        foreach (var intrek in intrekken)
        {
            if (gekozen is null || Vergelijk(intrek, gekozen) < 0)
            {
                gekozen = intrek;
            }
        }

        return gekozen;
    }

    /// <summary>Returns the room and the declarable days.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Leegstand {Kamer.KamerId}: {Aantal} x {Prestatiecode}";

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static int Vergelijk(Intrek a, Intrek b)
    {
        var verschil = VergelijkDatum(a.Intrekdatum, b.Intrekdatum);
        if (verschil == 0)
        {
            verschil = VergelijkDatum(a.Sleuteldatum, b.Sleuteldatum);
        }

        if (verschil == 0)
        {
            verschil = string.CompareOrdinal(a.ClientId, b.ClientId);
        }

        if (verschil == 0)
        {
            verschil = string.CompareOrdinal(a.Prestatiecode, b.Prestatiecode);
        }

        if (verschil == 0)
        {
            verschil = a.KomtVanuitThuissituatie.CompareTo(b.KomtVanuitThuissituatie);
        }

        if (verschil == 0)
        {
            verschil = a.InterneVerhuizing.CompareTo(b.InterneVerhuizing);
        }

        return verschil != 0 ? verschil : a.VanAndereAgbCode.CompareTo(b.VanAndereAgbCode);
    }

    // An unknown date sorts after every known one.
    private static int VergelijkDatum(LocalDate? a, LocalDate? b) => (a, b) switch
    {
        ({ } x, { } y) => x.CompareTo(y),
        (null, null) => 0,
        (null, _) => 1,
        _ => -1,
    };

    private static string Getal(int getal) => getal.ToString(CultureInfo.InvariantCulture);

    private static string Sleutel(Intrek intrek) =>
        intrek.Sleuteldatum is { } s ? $" (sleuteldatum {Opmaak.Iso(s)})" : string.Empty;

    private static string Omschrijving(Vertrekreden reden) => reden switch
    {
        Vertrekreden.Overlijden => "overlijden",
        Vertrekreden.VerhuizingAndereZorgaanbieder => "verhuizing naar een andere zorgaanbieder",
        Vertrekreden.InterneVerhuizing => "interne verhuizing",
        _ => "onbekende reden",
    };
}
