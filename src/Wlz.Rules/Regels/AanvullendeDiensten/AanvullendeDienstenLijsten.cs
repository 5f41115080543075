using Wlz.Rules.Engine;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>The list and source sentences of the aanvullende diensten rule set.</summary>
public static class AanvullendeDienstenLijsten
{
    /// <summary>The source document of this rule set.</summary>
    public const string Document = "Zorg in natura in een instelling";

    /// <summary>The section of the source document on Wlz-zorg and aanvullende diensten.</summary>
    public const string Sectie = "Wlz-zorg en aanvullende diensten";

    /// <summary>The section of the source document on the policy for aanvullende diensten.</summary>
    public const string SectieBeleid = "Beleid rondom aanvullende diensten";

    /// <summary>The source sentence that forbids charging for insured care.</summary>
    public const string GeenBijbetalingZin =
        "Zorginstellingen mogen géén bijbetalingen vragen voor diensten die tot de Wlz-verzekerde zorg behoren.";

    /// <summary>The source sentence that forbids unreasonably high amounts.</summary>
    public const string OnredelijkHoogZin = "Ook mogen geen onredelijk hoge bedragen in rekening worden gebracht voor aanvullende diensten.";

    /// <summary>The source sentence that says clients are not obliged to take the diensten.</summary>
    public const string NietVerplichtZin = "Cliënten zijn niet verplicht de diensten af te nemen.";

    /// <summary>The source sentence that asks for publication of the diensten and their tarieven.</summary>
    public const string BekendmakenZin =
        "Dit betekent dat de instelling via de website en/of folders bekend maakt welke aanvullende diensten er zijn en de tarieven die daarvoor in rekening worden gebracht.";

    /// <summary>The source sentence that asks for the cliëntenraad's approval of content and tarief.</summary>
    public const string ClientenraadZin =
        "De inhoud en het tarief van de aanvullende dienst moet met de cliëntenraad worden besproken en door hen worden goedgekeurd.";

    /// <summary>The source sentence that asks for transparency about the charges.</summary>
    public const string TransparantZin =
        "Instellingen dienen transparant te zijn over de (bijbetalingen voor de) aanvullende diensten.";

    /// <summary>
    /// Gets the list "Wlz-zorg en aanvullende diensten": charges and offered diensten that break the zorgkantoor's policy.
    /// Cadence <see cref="Cadans.Direct"/>: the source names no cadence ("Bij eventuele klachten en signalen van cliënten
    /// onderneemt het zorgkantoor actie"), so findings are meant to be acted on when they are found.
    /// </summary>
    public static Lijstdefinitie AanvullendeDiensten { get; } = new(
        "AANVULLENDE-DIENSTEN",
        "Wlz-zorg en aanvullende diensten",
        Cadans.Direct,
        "Geen bijbetalingen vragen voor diensten die tot de Wlz-verzekerde zorg behoren; via de website en/of folders bekendmaken welke aanvullende diensten er zijn en tegen welk tarief; inhoud en tarief laten goedkeuren door de cliëntenraad; cliënten niet verplichten de diensten af te nemen.",
        new RuleSource(Document, SectieBeleid, TransparantZin));
}
