using NodaTime;

namespace Wlz.Rules.Parameters;

/// <summary>
/// Every policy number the rules use, each a <see cref="Parameter{T}"/> with its source and dated values.
/// Immutable and thread-safe; resolve the values in force with <see cref="OpPeildatum(LocalDate)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Start from <see cref="Standaard"/> and change values with <see cref="Aanpassen"/>: a policy change is a new dated
/// value, not a code change. A built parameter set has been validated (<see cref="WlzParametersValidator"/>).
/// </para>
/// <para>
/// The sources give no effective dates, so every standard value is geldig vanaf <see cref="BeginStandaardwaarden"/>
/// (1990-01-01, the earliest date validation accepts).
/// </para>
/// </remarks>
public sealed class WlzParameters
{
    /// <summary>The geldig-vanaf date of every standard value: 1990-01-01.</summary>
    public static readonly LocalDate BeginStandaardwaarden = new(1990, 1, 1);

    internal const string BronLijsten = "Wekelijkse en maandelijkse notities met lijsten";
    internal const string BronInstelling = "Zorg in natura in een instelling";

    internal WlzParameters(
        Parameter<int> mazMutTermijnWerkdagen,
        Parameter<int> mazMutTermijnNieuweClientWerkdagen,
        Parameter<int> contactNaWerkdagen,
        Parameter<Period> indicatieHorizon,
        Parameter<Period> wachtUitVoorzorgHorizon,
        Parameter<int> autoMezTermijnDagen,
        Parameter<int> aansluitendMaxDagenNaEinddatum,
        Parameter<int> maxMutatiedagen,
        Parameter<int> maxSleuteldatumDagenVoorBegindatum,
        Parameter<Streefnormtabel> streefnormen)
    {
        MazMutTermijnWerkdagen = mazMutTermijnWerkdagen;
        MazMutTermijnNieuweClientWerkdagen = mazMutTermijnNieuweClientWerkdagen;
        ContactNaWerkdagen = contactNaWerkdagen;
        IndicatieHorizon = indicatieHorizon;
        WachtUitVoorzorgHorizon = wachtUitVoorzorgHorizon;
        AutoMezTermijnDagen = autoMezTermijnDagen;
        AansluitendMaxDagenNaEinddatum = aansluitendMaxDagenNaEinddatum;
        MaxMutatiedagen = maxMutatiedagen;
        MaxSleuteldatumDagenVoorBegindatum = maxSleuteldatumDagenVoorBegindatum;
        Streefnormen = streefnormen;
    }

    /// <summary>Gets the standard parameters: the numbers of the zorgkantoor's texts, and the <b>example</b> streefnormen (<see cref="Streefnormtabel.Voorbeeld"/>).</summary>
    public static WlzParameters Standaard { get; } = MaakStandaard();

    /// <summary>Gets the MAZ/MUT termijn: werkdagen after receipt of the toewijzing (standard 5).</summary>
    /// <remarks>"De afspraak is dat u een MAZ of MUT uiterlijk binnen 5 werkdagen na ontvangst van de toewijzing aan ons doorgeeft."</remarks>
    public Parameter<int> MazMutTermijnWerkdagen { get; }

    /// <summary>Gets the MAZ/MUT termijn when the cliënt is new to the zorgaanbieder (standard 10 werkdagen).</summary>
    /// <remarks>"Of als de cliënt nieuw voor u is, binnen 10 werkdagen."</remarks>
    public Parameter<int> MazMutTermijnNieuweClientWerkdagen { get; }

    /// <summary>Gets the werkdagen after which the zorgkantoor contacts the zorgaanbieder about a missing MAZ/MUT (standard 10).</summary>
    /// <remarks>"Wanneer we na 10 werkdagen nog geen MAZ of MUT hebben ontvangen nemen we contact met u op."</remarks>
    public Parameter<int> ContactNaWerkdagen { get; }

    /// <summary>Gets how far ahead the Indicatiecontrole list looks for an ending indicatie (standard 2 months).</summary>
    /// <remarks>"Op deze lijst staan de cliënten waarvan de indicatie over twee maanden afloopt."</remarks>
    public Parameter<Period> IndicatieHorizon { get; }

    /// <summary>Gets how long a cliënt must have had Wacht uit voorzorg to appear on its list (standard 1 year).</summary>
    /// <remarks>"Op deze lijst staan de cliënten die meer dan een jaar bij u bekend zijn met wachtstatus Wacht uit voorzorg."</remarks>
    public Parameter<Period> WachtUitVoorzorgHorizon { get; }

    /// <summary>Gets the days after the einddatum of a toewijzing after which the automatic MEZ follows (standard 21: "meer dan 21 dagen geleden").</summary>
    /// <remarks>"de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden"</remarks>
    public Parameter<int> AutoMezTermijnDagen { get; }

    /// <summary>Gets the largest number of days after the einddatum on which a next toewijzing may start and still be aansluitend (standard 1: the day after).</summary>
    /// <remarks>No source defines "aansluitend"; FACTS §5 proposes "Ingangsdatum ≤ vorige Einddatum + 1 dag", i.e. no gap.</remarks>
    public Parameter<int> AansluitendMaxDagenNaEinddatum { get; }

    /// <summary>Gets the maximum number of mutatiedagen per room per time (standard 13).</summary>
    /// <remarks>"Zorgaanbieders in de VV kunnen per kamer per keer maximaal 13 mutatiedagen declareren".</remarks>
    public Parameter<int> MaxMutatiedagen { get; }

    /// <summary>Gets how many days at most the sleuteldatum may lie before the begindatum of a MAZ (standard 14).</summary>
    /// <remarks>FACTS §6: "At most 14 days before the begindatum zorg" (CZ AW35 page).</remarks>
    public Parameter<int> MaxSleuteldatumDagenVoorBegindatum { get; }

    /// <summary>Gets the streefnormen tables. The standard table is an <b>example</b>: see <see cref="Streefnormtabel.Voorbeeld"/>.</summary>
    public Parameter<Streefnormtabel> Streefnormen { get; }

    /// <summary>Returns a builder that starts from these parameters.</summary>
    /// <returns>A new builder.</returns>
    public WlzParametersBuilder Aanpassen() => new(this);

    /// <summary>Resolves every parameter to its value in force on <paramref name="peildatum"/>.</summary>
    /// <param name="peildatum">The peildatum.</param>
    /// <returns>An immutable snapshot that rules read.</returns>
    /// <exception cref="InvalidOperationException">Thrown when a parameter has no value in force yet on the peildatum.</exception>
    public ParametersOpPeildatum OpPeildatum(LocalDate peildatum) => new(this, peildatum, null);

    /// <summary>Resolves every parameter to its value in force on <paramref name="peildatum"/>, with an explicit reporting month.</summary>
    /// <param name="peildatum">The peildatum.</param>
    /// <param name="rapportagemaand">
    /// The month the monthly Bewonerslijst reports on, or <see langword="null"/> for the default: the last complete month
    /// before the peildatum (<see cref="ParametersOpPeildatum.StandaardRapportagemaand"/>).
    /// </param>
    /// <returns>An immutable snapshot that rules read.</returns>
    /// <exception cref="InvalidOperationException">Thrown when a parameter has no value in force yet on the peildatum.</exception>
    public ParametersOpPeildatum OpPeildatum(LocalDate peildatum, YearMonth? rapportagemaand) => new(this, peildatum, rapportagemaand);

    private static WlzParameters MaakStandaard()
    {
        var vanaf = BeginStandaardwaarden;
        return new WlzParameters(
            Enkel("MazMutTermijnWerkdagen", "Werkdagen na ontvangst van de toewijzing waarbinnen een MAZ of MUT binnen moet zijn.", vanaf, 5,
                $"{BronLijsten}, Zorgtoewijzing zonder MAZ/MUT: \"De afspraak is dat u een MAZ of MUT uiterlijk binnen 5 werkdagen na ontvangst van de toewijzing aan ons doorgeeft.\""),
            Enkel("MazMutTermijnNieuweClientWerkdagen", "De MAZ/MUT-termijn als de cliënt nieuw is voor de zorgaanbieder.", vanaf, 10,
                $"{BronLijsten}, Zorgtoewijzing zonder MAZ/MUT: \"Of als de cliënt nieuw voor u is, binnen 10 werkdagen.\""),
            Enkel("ContactNaWerkdagen", "Werkdagen zonder MAZ of MUT waarna het zorgkantoor contact opneemt.", vanaf, 10,
                $"{BronLijsten}, Zorgtoewijzing zonder MAZ/MUT: \"Wanneer we na 10 werkdagen nog geen MAZ of MUT hebben ontvangen nemen we contact met u op\""),
            Enkel("IndicatieHorizon", "Hoe ver vooruit de Indicatiecontrole kijkt naar een aflopende indicatie.", vanaf, Period.FromMonths(2),
                $"{BronLijsten}, Indicatiecontrole: \"Op deze lijst staan de cliënten waarvan de indicatie over twee maanden afloopt.\""),
            Enkel("WachtUitVoorzorgHorizon", "Hoe lang een cliënt Wacht uit voorzorg moet hebben om op de lijst te komen.", vanaf, Period.FromYears(1),
                $"{BronLijsten}, Wacht uit voorzorg meer dan 1 jaar: \"Op deze lijst staan de cliënten die meer dan een jaar bij u bekend zijn met wachtstatus Wacht uit voorzorg\""),
            Enkel("AutoMezTermijnDagen", "Dagen na de einddatum van de toewijzing waarna het zorgkantoor automatisch een MEZ plaatst (meer dan dit aantal).", vanaf, 21,
                $"{BronLijsten}, Toekomstige automez: \"de einddatum van de zorgtoewijzing is meer dan 21 dagen geleden\""),
            Enkel("AansluitendMaxDagenNaEinddatum", "Hoeveel dagen na de einddatum een vervolgtoewijzing uiterlijk mag ingaan om aansluitend te zijn.", vanaf, 1,
                "Geen bron: \"aansluitend\" is niet gedefinieerd; voorstel FACTS §5: ingangsdatum vervolgtoewijzing ≤ einddatum + 1 dag (geen gat)."),
            Enkel("MaxMutatiedagen", "Het maximum aantal mutatiedagen per kamer per keer.", vanaf, 13,
                $"{BronInstelling}, Mutatiedagen vs. Sleuteldatum: \"Zorgaanbieders in de VV kunnen per kamer per keer maximaal 13 mutatiedagen declareren\""),
            Enkel("MaxSleuteldatumDagenVoorBegindatum", "Hoeveel dagen de sleuteldatum hoogstens voor de begindatum van de MAZ mag liggen.", vanaf, 14,
                "AW35 (CZ-zorgkantoor, FACTS §6): de sleuteldatum ligt maximaal 14 dagen voor de begindatum zorg."),
            Enkel("Streefnormen", "De streefnormen per leveringsstatus en classificatie.", vanaf, Streefnormtabel.Voorbeeld,
                "VOORBEELD — de streefnormen zijn niet openbaar; vervang de tabel door die uit het Voorschrift Zorgtoewijzing."));
    }

    private static Parameter<T> Enkel<T>(string naam, string omschrijving, LocalDate vanaf, T waarde, string bron)
        where T : notnull => new(naam, omschrijving, [new GedateerdeWaarde<T>(vanaf, waarde, bron)]);
}
