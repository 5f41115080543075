using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

/// <summary>A hand-built population for peildatum Monday 4 May 2026 that touches every list.</summary>
internal static class Lijstpopulatie
{
    public static readonly LocalDate Peildatum = new(2026, 5, 4);

    private const string A = "73730001";
    private const string B = "73730002";

    public static IReadOnlyList<Dossier> Dossiers()
    {
        var lijst = new List<Dossier>
        {
            // 1. Zonder MAZ/MUT, bekende cliënt (earlier toewijzing with MAZ and MEZ), received 22 April: deadline 30 April (Koningsdag skipped).
            Client(1)
                .MetToewijzing(t => t.Id("Z1-OUD").Zorgaanbieder(A).Toegewezen(2025, 1, 2).Ontvangen(2025, 1, 2).Ingang(2025, 1, 6).Einde(2025, 12, 31))
                .MetMaz(m => m.Begin(2025, 1, 6))
                .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2025, 12, 31))
                .MetToewijzing(t => t.Id("Z1-NIEUW").Zorgaanbieder(A).Toegewezen(2026, 4, 22).Ontvangen(2026, 4, 22).Ingang(2026, 4, 22))
                .Build(),

            // 2. Zonder MAZ/MUT, nieuwe cliënt, received on Koningsdag 27 April: 10 werkdagen → 12 May (5 May skipped).
            Client(2)
                .MetToewijzing(t => t.Id("Z2").Zorgaanbieder(A).Toegewezen(2026, 4, 27).Ontvangen(2026, 4, 27).Ingang(2026, 4, 27))
                .Build(),

            // 3. Zonder MAZ/MUT, received 1 April: overdue, zorgkantoor neemt contact op.
            Client(3)
                .MetToewijzing(t => t.Id("Z3").Zorgaanbieder(B).Toegewezen(2026, 4, 1).Ontvangen(2026, 4, 1).Ingang(2026, 4, 1))
                .Build(),

            // 4. Urgent plaatsen since 20 April: streefdatum (example 14 days) is P itself.
            Client(4)
                .MetToewijzing(t => t.Id("W4").Zorgaanbieder(A).Toegewezen(2026, 4, 17).Ontvangen(2026, 4, 17).Ingang(2026, 4, 17))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis).Datum(2026, 4, 20))
                .Build(),

            // 5. Actief plaatsen since 1 March: streefdatum 12 April passed.
            Client(5)
                .MetToewijzing(t => t.Id("W5").Zorgaanbieder(A).Toegewezen(2026, 2, 26).Ontvangen(2026, 2, 26).Ingang(2026, 2, 26))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.ActiefPlaatsen, Classificatie.DreigendeCrisis).Datum(2026, 3, 1))
                .Build(),

            // 6. Wacht op voorkeur (Logeren); an earlier Urgent status is superseded, a later withdrawn MUT does not count.
            Client(6)
                .MetToewijzing(t => t.Id("W6").Zorgaanbieder(B).Toegewezen(2026, 1, 5).Ontvangen(2026, 1, 5).Ingang(2026, 1, 5))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.UrgentPlaatsen, Classificatie.RechterlijkeMachtiging).Datum(2026, 1, 6))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren).Datum(2026, 2, 2))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.ActiefPlaatsen, Classificatie.NietPassendeZorg).Datum(2026, 3, 2).Verwijderd())
                .Build(),

            // 7. Wacht uit voorzorg since 3 May 2025 (more than a year) at A, in zorg with MPT at B.
            Voorzorg(7, new LocalDate(2025, 5, 3)),

            // 8. Wacht uit voorzorg since 4 May 2025: exactly one year, not more.
            Voorzorg(8, new LocalDate(2025, 5, 4)),

            // 9. In zorg until a MEZ on 2 May: on the Bewonerslijst for May, not in zorg on P.
            Client(9)
                .MetToewijzing(t => t.Id("M9").Zorgaanbieder(B).Toegewezen(2025, 6, 2).Ontvangen(2025, 6, 2).Ingang(2025, 6, 2))
                .MetMaz(m => m.Begin(2025, 6, 3))
                .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, 5, 2))
                .Build(),

            // 10. Indicatie ending 4 July 2026 (exactly P + 2 months): toewijzing at A in zorg, at B not (yet) in zorg.
            Client(10)
                .MetIndicatie(i => i.Besluitnummer("260000910").Ingang(2025, 7, 1).Einde(2026, 7, 4))
                .MetToewijzing(t => t.Id("I10-A").Besluitnummer("260000910").Zorgaanbieder(A).Percentage(60m).Leveringsvorm(Leveringsvorm.Mpt).Toegewezen(2025, 7, 1).Ontvangen(2025, 7, 1).Ingang(2025, 7, 1).Einde(2026, 7, 4))
                .MetMaz(m => m.Begin(2025, 7, 2))
                .MetToewijzing(t => t.Id("I10-B").Besluitnummer("260000910").Zorgaanbieder(B).Percentage(40m).Leveringsvorm(Leveringsvorm.Mpt).Toegewezen(2025, 7, 1).Ontvangen(2025, 7, 1).Ingang(2025, 7, 1).Einde(2026, 7, 4))
                .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.SpecifiekeLocatieWoonwens).Datum(2025, 7, 3))
                .Build(),

            // 11. Einddatum 13 April: exactly 21 days before P → Toekomstige automez, MEZ on 5 May.
            Verlopen(11, new LocalDate(2026, 4, 13)).Build(),

            // 12. Einddatum 12 April: 22 days before P → Automatische MEZ.
            Verlopen(12, new LocalDate(2026, 4, 12)).Build(),

            // 13. Einddatum 20 April with a withdrawn MUT einde zorg → Toekomstige automez with the AAT note.
            Verlopen(13, new LocalDate(2026, 4, 20))
                .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, 4, 20).Verwijderd())
                .Build(),

            // 14. Einddatum 1 March with an aansluitende vervolgtoewijzing (60%) with a MAZ → no MEZ.
            Verlopen(14, new LocalDate(2026, 3, 1))
                .MetToewijzing(t => t.Id("V14").Zorgaanbieder(A).Percentage(60m).Toegewezen(2026, 2, 20).Ontvangen(2026, 2, 20).Ingang(2026, 3, 2))
                .MetMaz(m => m.Begin(2026, 3, 2))
                .Build(),
        };
        return lijst;
    }

    private static DossierBuilder Client(int nummer) =>
        Testing.Dossiers.ADossier(Peildatum).MetBsn(Testnummers.Bsn(nummer).Waarde);

    private static Dossier Voorzorg(int nummer, LocalDate sinds) => Client(nummer)
        .MetToewijzing(t => t.Id($"V{nummer}-VOORKEUR").Zorgaanbieder(A).Toegewezen(sinds).Ontvangen(sinds).Ingang(sinds))
        .MetMutatie(m => m.Code(Mutatiecode.ClientWilZorgNogNiet).Status(Leveringsstatus.WachtUitVoorzorg, Classificatie.SpecifiekeLocatieWoonwens).Datum(sinds))
        .MetToewijzing(t => t.Id($"V{nummer}-THUIS").Zorgaanbieder(B).Leveringsvorm(Leveringsvorm.Mpt).Toegewezen(sinds).Ontvangen(sinds).Ingang(sinds))
        .MetMaz(m => m.Begin(sinds))
        .Build();

    private static DossierBuilder Verlopen(int nummer, LocalDate einde) => Client(nummer)
        .MetToewijzing(t => t.Id($"E{nummer}").Zorgaanbieder(B).Toegewezen(2025, 9, 1).Ontvangen(2025, 9, 1).Ingang(2025, 9, 1).Einde(einde))
        .MetMaz(m => m.Begin(2025, 9, 2));
}
