using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Validatie;

/// <summary>Valid example facts; tests change one thing with <c>with</c>.</summary>
internal static class TestDossiers
{
    public const string BsnWaarde = "123456782";

    public static Client Client { get; } = Client.MetBsn(Bsn.Parse(BsnWaarde), new LocalDate(1940, 5, 17));

    public static Indicatie Indicatie { get; } = new()
    {
        Besluitnummer = "202400012",
        Zorgprofiel = Zorgprofielen.Geef(753),
        Ingangsdatum = new LocalDate(2024, 1, 1),
    };

    public static Zorgtoewijzing Toewijzing { get; } = new()
    {
        Id = "T1",
        Besluitnummer = "202400012",
        Zorgprofiel = Zorgprofielen.Geef(753),
        Zorgaanbieder = AgbCode.Parse("12345678"),
        Soort = SoortToewijzing.Regulier,
        Leveringsvorm = Leveringsvorm.Verblijf,
        Percentage = 100m,
        Toewijzingsdatum = new LocalDate(2023, 12, 20),
        Ontvangstdatum = new LocalDate(2023, 12, 21),
        Ingangsdatum = new LocalDate(2024, 1, 1),
        Einddatum = new LocalDate(2024, 12, 31),
        IsDossierhouder = true,
    };

    public static Maz Maz { get; } = new()
    {
        ToewijzingId = "T1",
        Begindatum = new LocalDate(2024, 1, 10),
        Sleuteldatum = new LocalDate(2024, 1, 5),
        Behandeling = true,
    };

    public static Mutatie Wachtstatus { get; } = new()
    {
        ToewijzingId = "T1",
        Mutatiecode = Mutatiecode.AanbiederKanZorgNogNietLeveren,
        Mutatiedatum = new LocalDate(2024, 1, 2),
        Leveringsstatus = Leveringsstatus.UrgentPlaatsen,
        Classificatie = Classificatie.DoorstroomZiekenhuis,
    };

    public static Mutatie Mez { get; } = new()
    {
        ToewijzingId = "T1",
        Mutatiecode = Mutatiecode.LeveringBeeindigdToewijzingSluiten,
        Mutatiedatum = new LocalDate(2024, 6, 30),
        Begindatum = new LocalDate(2024, 1, 10),
        Leveringsstatus = Leveringsstatus.EindeZorgvraag,
    };

    public static Aat Aat { get; } = new()
    {
        ToewijzingId = "T1",
        Ontvangstdatum = new LocalDate(2024, 3, 1),
        Zorgprofiel = Zorgprofielen.Geef(754),
        Leveringsvorm = Leveringsvorm.Verblijf,
        Ingangsdatum = new LocalDate(2024, 3, 1),
    };

    public static Dossier Geldig(
        Client? client = null,
        Zorgtoewijzing? toewijzing = null,
        Maz? maz = null,
        Mutatie? mutatie = null,
        IReadOnlyList<Zorgtoewijzing>? toewijzingen = null) => new()
        {
            Client = client ?? Client,
            Indicaties = [Indicatie],
            Zorgtoewijzingen = toewijzingen ?? [toewijzing ?? Toewijzing],
            Mazen = [maz ?? Maz],
            Mutaties = [Wachtstatus, mutatie ?? Mez],
            Aats = [Aat],
        };
}
