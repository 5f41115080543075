using NodaTime;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie.Tests.Support;

/// <summary>Small exported reports built by hand, with pairing keys chosen by the test.</summary>
internal static class Testrapporten
{
    public const string Koppeling = "0123456789abcdef";

    public static readonly LocalDate VorigeWeek = new(2026, 4, 27);

    public static readonly LocalDate DezeWeek = new(2026, 5, 4);

    public static Rapportbestand Rapport(LocalDate peildatum, params RapportbestandLijst[] lijsten) => Rapport(peildatum, Koppeling, lijsten);

    public static Rapportbestand Rapport(LocalDate peildatum, string koppeling, params RapportbestandLijst[] lijsten) => new()
    {
        Identificatie = Identificatiesoort.Gemaskeerd,
        Koppeling = koppeling,
        Regelsetversie = "test",
        Peildatum = peildatum,
        Tellers = new RapportbestandTellers { Ingelezen = 10, Geevalueerd = 9, Afgewezen = 1, Signalen = lijsten.Sum(l => l.Regels is ICollection<RapportbestandRegel> c ? c.Count : 0) },
        Lijsten = lijsten,
    };

    public static RapportbestandLijst Lijst(string code, string? zorgaanbieder, params RapportbestandRegel[] regels) => Lijst(code, zorgaanbieder, "Lijst " + code, regels);

    public static RapportbestandLijst Lijst(string code, string? zorgaanbieder, string titel, IReadOnlyList<RapportbestandRegel> regels) => new()
    {
        Code = code,
        Titel = titel,
        Cadans = Cadans.Wekelijks,
        GevraagdeActie = "Controleer de deadline.",
        Zorgaanbieder = zorgaanbieder,
        Regels = regels,
    };

    /// <summary>An entry with a deadline field (and an extra field when given).</summary>
    public static RapportbestandRegel Regel(string koppelsleutel, string client, string onderwerp, string deadline, string uitleg = "Uitleg.", (string Naam, string Waarde)? extra = null) => new()
    {
        Koppelsleutel = koppelsleutel,
        ClientId = client,
        Onderwerp = onderwerp,
        Regel = "Test.Deadline",
        Velden = extra is { } veld ? [new Signaalveld("Deadline", deadline), new Signaalveld(veld.Naam, veld.Waarde)] : [new Signaalveld("Deadline", deadline)],
        Uitleg = uitleg,
    };
}
