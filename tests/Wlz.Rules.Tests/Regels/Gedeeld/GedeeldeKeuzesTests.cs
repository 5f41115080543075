using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.AutoMez;
using Wlz.Rules.Regels.Gedeeld;
using Wlz.Rules.Regels.InZorg;
using Wlz.Rules.Regels.Wachtlijst;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

public sealed class GedeeldeKeuzesTests
{
    private static readonly LocalDate P = new(2026, 5, 4);

    [Fact]
    public void Keuze_WachtstatussenOpDezelfdeDatum_HoogsteLeveringsstatusIsActueel()
    {
        // Arrange: status 2 and status 6 on the same mutatiedatum, in both fact orders.
        var eerst2 = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname).Datum(2026, 2, 2))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomCrisisbed).Datum(2026, 2, 2))
            .Build();
        var eerst6 = new Dossier { Client = eerst2.Client, Indicaties = eerst2.Indicaties, Zorgtoewijzingen = eerst2.Zorgtoewijzingen, Mutaties = eerst2.Mutaties.Reverse().ToArray() };

        // Act
        var a = Assert.Single(Lijsttest.Signalen<WachtlijstSignaal>("Wachtlijst", eerst2, P));
        var b = Assert.Single(Lijsttest.Signalen<WachtlijstSignaal>("Wachtlijst", eerst6, P));

        // Assert
        Assert.Equal(Leveringsstatus.UrgentPlaatsen, a.Leveringsstatus);
        Assert.Equal(Leveringsstatus.UrgentPlaatsen, b.Leveringsstatus);
    }

    [Fact]
    public void Keuze_IngetrokkenToewijzing_HeeftGeenWachtstatus()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Ingetrokken(RedenIntrekking.AndereAanbiederHeeftClientInZorg))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname).Datum(2026, 2, 2))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>("Wachtlijst", dossier, P);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Keuze_VerlopenToewijzingZonderMez_NietMeerInZorg()
    {
        // Arrange: einddatum passed, no MEZ: a period of care ends at the first of MEZ, withdrawal, einddatum (issue 18),
        // so the cliënt is off Cliënten in zorg (Toekomstige automez still lists the toewijzing on its own einddatum).
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Einde(2026, 4, 30))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>("InZorg", dossier, P);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Keuze_AutoMezIngetrokkenToewijzing_GeenMez()
    {
        // Arrange: the zorgkantoor withdrew the toewijzing (e.g. overleden); it places no MEZ on it.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Einde(2026, 3, 1).Ingetrokken(RedenIntrekking.Overleden))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var signalen = Lijsttest.Engine("AutoMez").Evaluate(dossier, P).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Keuze_AutoMezAndereToewijzingBijAndereZorgaanbieder_VoorkomtMez()
    {
        // Arrange: the vervolgtoewijzing with MAZ is at another AGB code.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Einde(2026, 3, 1))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder("73730002").Toegewezen(2026, 2, 20).Ingang(2026, 3, 2))
            .MetMaz(m => m.Begin(2026, 3, 2))
            .Build();

        // Act
        var signalen = Lijsttest.Engine("AutoMez").Evaluate(dossier, P).Signalen;

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Keuze_AansluitendVereistDatDeVervolgtoewijzingNaDeEinddatumDoorloopt()
    {
        // Arrange: an older toewijzing that started earlier but ended before the einddatum is not aansluitend.
        var ouder = new Zorgtoewijzing
        {
            Id = "OUD",
            Besluitnummer = "1",
            Zorgprofiel = Zorgprofielen.Geef(753),
            Zorgaanbieder = AgbCode.Parse("73730001"),
            Soort = SoortToewijzing.Regulier,
            Leveringsvorm = Leveringsvorm.Verblijf,
            Toewijzingsdatum = new LocalDate(2025, 1, 1),
            Ingangsdatum = new LocalDate(2025, 1, 1),
            Einddatum = new LocalDate(2025, 12, 31),
        };

        // Act
        var aansluitend = Automez.IsGeldigOfAansluitend(ouder, new LocalDate(2026, 3, 1), P, 1);
        var welAansluitend = Automez.IsGeldigOfAansluitend(ouder with { Einddatum = new LocalDate(2026, 3, 2) }, new LocalDate(2026, 3, 1), P, 1);

        // Assert
        Assert.False(aansluitend);
        Assert.True(welAansluitend);
    }

    [Fact]
    public void ActueleWachtstatus_MutEindeZorgAanhoudenMetWachtUitVoorzorg_WeerOpWachtlijst()
    {
        // Arrange: in zorg from January; MUT 20 (levering beëindigd, toewijzing aanhouden) with status 3 on 2 March.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingAanhouden).Status(Leveringsstatus.WachtUitVoorzorg, Classificatie.Partneropname).Datum(2026, 3, 2))
            .Build();

        // Act
        var wachtlijst = Assert.Single(Lijsttest.Signalen<WachtlijstSignaal>("Wachtlijst", dossier, P));
        var inZorg = Lijsttest.Signalen<ClientInZorgSignaal>("InZorg", dossier, P);

        // Assert
        Assert.Equal(Leveringsstatus.WachtUitVoorzorg, wachtlijst.Leveringsstatus);
        Assert.Equal(new LocalDate(2026, 3, 2), wachtlijst.Sinds);
        Assert.Empty(inZorg);
    }
}
