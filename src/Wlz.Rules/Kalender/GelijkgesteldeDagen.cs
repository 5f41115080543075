using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>
/// The days gelijkgesteld with an algemeen erkende feestdag by royal decree (Algemene termijnenwet art. 3 lid 3)
/// that ship with this library, each with its citation.
/// </summary>
/// <remarks>
/// <para>Atw art. 3 lid 3: "Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het eerste lid
/// genoemde gelijkstellen. Ons besluit wordt in de Nederlandse Staatscourant openbaar gemaakt." A decree usually covers
/// three years; typical days are the Friday after Hemelvaartsdag and a Friday or Monday between a feestdag and the
/// weekend. They cannot be computed: only published decrees are listed here. Add the days of a newer decree through
/// <see cref="WerkdagenkalenderOptions.ExtraDagen"/> with <see cref="FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit"/>.</para>
/// <para>Listed: the decree for 2017-2019 (Stcrt. 2016, 58653), 27 May 2022 (the only day of the 2020-2022 period that
/// could be verified, from a secondary source), and the decrees for 2023-2025 and 2026-2028. Years 1990-2016, 2020,
/// 2021 and from 2029 have no days here.</para>
/// </remarks>
public static class GelijkgesteldeDagen
{
    /// <summary>Gets all shipped gelijkgestelde dagen, ordered by date.</summary>
    public static IReadOnlyList<Feestdag> Alle { get; } = Array.AsReadOnly(
    [
        Dag(2017, 4, 28, "vrijdag na Koningsdag", Bronnen.Besluit2017Tot2019),
        Dag(2017, 5, 26, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2017Tot2019),
        Dag(2018, 5, 11, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2017Tot2019),
        Dag(2018, 12, 24, "maandag voor Eerste Kerstdag", Bronnen.Besluit2017Tot2019),
        Dag(2018, 12, 31, "maandag voor Nieuwjaarsdag", Bronnen.Besluit2017Tot2019),
        Dag(2019, 5, 31, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2017Tot2019),
        Dag(2019, 12, 27, "vrijdag na Tweede Kerstdag", Bronnen.Besluit2017Tot2019),
        Dag(2022, 5, 27, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2020Tot2022),
        Dag(2023, 4, 28, "vrijdag na Koningsdag", Bronnen.Besluit2023Tot2025),
        Dag(2023, 5, 19, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2023Tot2025),
        Dag(2024, 5, 10, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2023Tot2025),
        Dag(2024, 12, 27, "vrijdag na Tweede Kerstdag", Bronnen.Besluit2023Tot2025),
        Dag(2025, 5, 30, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2023Tot2025),
        Dag(2026, 1, 2, "vrijdag na Nieuwjaarsdag", Bronnen.Besluit2026Tot2028),
        Dag(2026, 5, 15, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2026Tot2028),
        Dag(2027, 5, 7, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2026Tot2028),
        Dag(2028, 4, 28, "vrijdag na Koningsdag", Bronnen.Besluit2026Tot2028),
        Dag(2028, 5, 26, "vrijdag na Hemelvaartsdag", Bronnen.Besluit2026Tot2028),
    ]);

    private static Feestdag Dag(int jaar, int maand, int dag, string omschrijving, string bron) =>
        new(new LocalDate(jaar, maand, dag), "Gelijkgestelde dag (" + omschrijving + ")", FeestdagGrondslag.GelijkgesteldBijKoninklijkBesluit, bron);
}
