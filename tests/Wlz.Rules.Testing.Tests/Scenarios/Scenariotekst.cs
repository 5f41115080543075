namespace Wlz.Rules.Testing.Tests.Scenarios;

/// <summary>Scenario JSON used by the tests: one valid dossier at one zorgaanbieder.</summary>
internal static class Scenariotekst
{
    public const string Dossier = """
        {
          "client": { "clientId": "C1" },
          "indicaties": [ { "besluitnummer": "202400012", "zorgprofiel": 753, "ingangsdatum": "2024-01-01" } ],
          "zorgtoewijzingen": [
            {
              "id": "T1", "besluitnummer": "202400012", "zorgprofiel": 753, "zorgaanbieder": "12345678",
              "soort": "Regulier", "leveringsvorm": "Verblijf", "percentage": 100,
              "toewijzingsdatum": "2026-04-20", "ontvangstdatum": "2026-04-21", "ingangsdatum": "2026-04-21"
            }
          ],
          "mazen": [ { "toewijzingId": "T1", "begindatum": "2026-04-22" } ]
        }
        """;

    public const string Zorgaanbieder = """{ "agbCode": "12345678", "naam": "Zorggroep Test", "toegelatenSectoren": [ "Vv" ], "gecontracteerdeZorgprofielen": [ 753 ] }""";

    public static string Met(string verwacht, string dossier = Dossier) => $$"""
        {
          "naam": "Testgeval",
          "peildatum": "2026-05-04",
          "regelsets": [ "GeenEnkeleRegelset" ],
          "zorgaanbieders": [ {{Zorgaanbieder}} ],
          "dossiers": [ {{dossier}} ],
          "verwacht": [ {{verwacht}} ]
        }
        """;
}
