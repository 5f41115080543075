namespace Wlz.Rules.Kalender;

/// <summary>
/// Identifies the legal basis on which a <see cref="Feestdag"/> is not a werkdag.
/// </summary>
/// <remarks>
/// <para>The grounds follow article 3 of the Algemene termijnenwet (Atw, BWBR0002448), plus the days a user adds
/// to a calendar on their own authority (for example a zorgkantoor's closing days).</para>
/// </remarks>
public enum FeestdagGrondslag
{
    /// <summary>
    /// An algemeen erkende feestdag of Atw art. 3 lid 1: "Algemeen erkende feestdagen in de zin van deze wet zijn: de
    /// Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop
    /// de verjaardag van de Koning wordt gevierd en de vijfde mei."
    /// </summary>
    AlgemeenErkend = 0,

    /// <summary>
    /// Goede Vrijdag, gelijkgesteld by Atw art. 3 lid 2: "Voor de toepassing van deze wet wordt Goede Vrijdag met de in
    /// het vorige lid genoemde dagen gelijkgesteld."
    /// </summary>
    GelijkgesteldBijWet = 1,

    /// <summary>
    /// A day gelijkgesteld by royal decree under Atw art. 3 lid 3 ("Wij kunnen bepaalde dagen voor de toepassing van deze
    /// wet met de in het eerste lid genoemde gelijkstellen. Ons besluit wordt in de Nederlandse Staatscourant openbaar
    /// gemaakt."). Such a day is a holiday for the Atw only.
    /// </summary>
    GelijkgesteldBijKoninklijkBesluit = 2,

    /// <summary>A day the user of the calendar added on their own authority, such as an office closing day.</summary>
    Eigen = 3,
}
