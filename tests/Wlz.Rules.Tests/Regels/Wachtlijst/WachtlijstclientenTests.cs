using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Wachtlijst;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Wachtlijst;

public sealed class WachtlijstclientenTests
{
    private const string Tag = "Wachtlijst";

    private static DossierBuilder Met(Mutatiecode code, Leveringsstatus status, Classificatie classificatie) => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
        .MetMutatie(m => m.Code(code).Status(status, classificatie).Datum(2026, 2, 3));

    [Theory]
    [InlineData(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.UrgentPlaatsen, Classificatie.RechterlijkeMachtiging)]
    [InlineData(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.ActiefPlaatsen, Classificatie.NietPassendeZorg)]
    [InlineData(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren)]
    [InlineData(Mutatiecode.ClientWilZorgNogNiet, Leveringsstatus.WachtUitVoorzorg, Classificatie.GeenAanvullendeWensen)]
    public void DitZijnDeClientenMetDeStatussen_ElkeWachtstatus_OpLijstMetStatusClassificatieEnSinds(Mutatiecode code, Leveringsstatus status, Classificatie classificatie)
    {
        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<WachtlijstSignaal>(Tag, Met(code, status, classificatie).Build(), new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal(status, signaal.Leveringsstatus);
        Assert.Equal(classificatie, signaal.Classificatie);
        Assert.Equal(new LocalDate(2026, 2, 3), signaal.Sinds);
        Assert.Equal(Cadans.Maandelijks, signaal.Lijst.Cadans);
    }

    [Fact]
    public void Wachtlijstclienten_EindeZorgvraag_NietOpLijst()
    {
        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMutatie(m => m.Code(Mutatiecode.ClientWilZorgNogNiet).Status(Leveringsstatus.EindeZorgvraag, null).Datum(2026, 2, 3))
            .Build(), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Wachtlijstclienten_MutatiedatumNaPeildatum_NogNietOpLijst()
    {
        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, Met(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren).Build(), new LocalDate(2026, 2, 2));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void Wachtlijstclienten_ToewijzingGeeindigdVoorPeildatum_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Einde(2026, 5, 3))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren).Datum(2026, 2, 3))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Theory]
    [InlineData(Mutatiecode.ClientWilZorgNogNiet, 4, false)]
    [InlineData(Mutatiecode.ClientWilZorgNogNiet, 5, true)]
    [InlineData(Mutatiecode.OverdrachtToewijzing, 4, false)]
    [InlineData(Mutatiecode.OverdrachtToewijzing, 5, true)]
    public void ToewijzingIngetrokkenBijEindeZorgvraagTr046_Mut12Of21MetStatus5NaWachtstatus_VanafMutatiedatumNietOpLijst(Mutatiecode code, int dag, bool opLijst)
    {
        // Arrange: Wacht op voorkeur since 3 February; the toewijzing is withdrawn (leveringsstatus 5) on 4 or 5 May.
        var dossier = Met(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren)
            .MetMutatie(m => m.Code(code).Status(Leveringsstatus.EindeZorgvraag, null).Datum(2026, 5, dag))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Equal(opLijst ? 1 : 0, signalen.Count);
    }

    [Fact]
    public void ToewijzingIngetrokkenBijEindeZorgvraagTr046_Mut12MetStatus5OpDagVanWachtstatus_NietOpLijst()
    {
        // Arrange: the wachtstatus MUT and the withdrawal arrive with the same mutatiedatum.
        var dossier = Met(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren)
            .MetMutatie(m => m.Code(Mutatiecode.ClientWilZorgNogNiet).Status(Leveringsstatus.EindeZorgvraag, null).Datum(2026, 2, 3))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ToewijzingIngetrokkenBijEindeZorgvraagTr046_IntrekkendeMutVerwijderd_BlijftOpLijst()
    {
        // Arrange: the MUT 21 with status 5 was deleted (StatusAanlevering 3), so the toewijzing is not withdrawn.
        var dossier = Met(Mutatiecode.AanbiederKanZorgNogNietLeveren, Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren)
            .MetMutatie(m => m.Code(Mutatiecode.OverdrachtToewijzing).Status(Leveringsstatus.EindeZorgvraag, null).Datum(2026, 4, 1).Verwijderd())
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtlijstSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Single(signalen);
    }
}
