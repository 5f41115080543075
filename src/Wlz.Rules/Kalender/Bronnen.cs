namespace Wlz.Rules.Kalender;

/// <summary>Citations used for the built-in days.</summary>
internal static class Bronnen
{
    public const string AtwLid1 = "Algemene termijnenwet, art. 3 lid 1";
    public const string AtwLid2 = "Algemene termijnenwet, art. 3 lid 2";
    public const string Besluit2017Tot2019 = "Algemene termijnenwet, art. 3 lid 3; gelijkstellingsbesluit 2017-2019, Stcrt. 2016, 58653";
    public const string Besluit2020Tot2022 = "Algemene termijnenwet, art. 3 lid 3; gelijkstelling 2022 (secondary source, Staatscourant citation not verified)";
    public const string Besluit2023Tot2025 = "Algemene termijnenwet, art. 3 lid 3; Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";
    public const string Besluit2026Tot2028 = "Algemene termijnenwet, art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";
}
