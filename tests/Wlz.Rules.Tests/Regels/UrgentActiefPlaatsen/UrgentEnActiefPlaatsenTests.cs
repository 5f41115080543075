using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.UrgentActiefPlaatsen;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.UrgentActiefPlaatsen;

public sealed class UrgentEnActiefPlaatsenTests
{
    private const string Tag = "UrgentActiefPlaatsen";

    private static DossierBuilder Wachtend(Leveringsstatus status, Classificatie classificatie, LocalDate sinds) => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
        .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(status, classificatie).Datum(sinds));

    [Theory]
    [InlineData(3, 1, false)]
    [InlineData(4, 0, false)]
    [InlineData(5, -1, true)]
    public void DagenTotDeStreefnormVerstrijkt_UrgentPlaatsen14DagenVoorbeeld_StreefdatumEnContact(int dag, int dagen, bool contact)
    {
        // Arrange: status 6 since 20 April 2026; example streefnorm 14 days → streefdatum 4 May.
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 20)).Build();

        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, dag)));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 4), signaal.Streefdatum);
        Assert.Equal(14, signaal.StreefnormDagen);
        Assert.Equal(dagen, signaal.DagenTotStreefdatum);
        Assert.Equal(contact, signaal.ContactZorgkantoor);
        Assert.True(signaal.GebruiktVoorbeeldwaarde);
        Assert.Equal("T1", signaal.Onderwerp);
    }

    [Fact]
    public void LeveringsstatusActiefPlaatsen_42DagenVoorbeeld_VerstrekenMetContact()
    {
        // Arrange
        var dossier = Wachtend(Leveringsstatus.ActiefPlaatsen, Classificatie.DreigendeCrisis, new LocalDate(2026, 3, 1)).Build();

        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal(new LocalDate(2026, 4, 12), signaal.Streefdatum);
        Assert.Equal(-22, signaal.DagenTotStreefdatum);
        Assert.True(signaal.ContactZorgkantoor);
    }

    [Fact]
    public void LeveringsstatusUrgentOfActief_WachtOpVoorkeur_NietOpLijst()
    {
        // Act
        var signalen = Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, Wachtend(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname, new LocalDate(2026, 4, 1)).Build(), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ActueleWachtstatus_LatereMutWachtOpVoorkeur_NietMeerOpLijst()
    {
        // Arrange
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 1))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname).Datum(2026, 4, 10))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ActueleWachtstatus_LatereMutIngetrokken_TeltNiet()
    {
        // Arrange
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 1))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname).Datum(2026, 4, 10).Verwijderd())
            .Build();

        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal(new LocalDate(2026, 4, 1), signaal.Sinds);
    }

    [Fact]
    public void ActueleWachtstatus_LatereMaz_NietMeerOpLijst()
    {
        // Arrange
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 1))
            .MetMaz(m => m.Begin(2026, 4, 15))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void GeenStreefnormBekend_RegelStaatErTochOp()
    {
        // Arrange: a table with only one norm (status 7, classificatie 09).
        var tabel = new Streefnormtabel([new Streefnorm { Leveringsstatus = Leveringsstatus.ActiefPlaatsen, Classificatie = Classificatie.DreigendeCrisis, Dagen = 30, IsVoorbeeld = false, Bron = "test" }]);
        var parameters = WlzParameters.Standaard.Aanpassen().MetStreefnormen(WlzParameters.BeginStandaardwaarden, tabel, "test").Build();
        var engine = new WlzRuleEngine(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag(Tag), Parameters = parameters, Validatiemodus = Validatiemodus.Strikt });
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 1)).Build();

        // Act
        var signaal = Assert.IsType<UrgentActiefPlaatsenSignaal>(Assert.Single(engine.Evaluate(dossier, new LocalDate(2026, 5, 4)).Signalen));

        // Assert
        Assert.Null(signaal.Streefdatum);
        Assert.False(signaal.ContactZorgkantoor);
        Assert.False(signaal.GebruiktVoorbeeldwaarde);
        Assert.Equal("geen streefnorm bekend", signaal.Velden.Single(v => v.Naam == "streefnorm dagen").Waarde);
    }

    [Theory]
    [InlineData(Mutatiecode.ClientWilZorgNogNiet)]
    [InlineData(Mutatiecode.OverdrachtToewijzing)]
    public void ToewijzingIngetrokkenBijEindeZorgvraagTr046_Mut12Of21MetStatus5_NietOpLijstEnGeenContact(Mutatiecode code)
    {
        // Arrange: Urgent plaatsen since 20 April (streefdatum 4 May); the toewijzing is withdrawn on 1 May.
        var dossier = Wachtend(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis, new LocalDate(2026, 4, 20))
            .MetMutatie(m => m.Code(code).Status(Leveringsstatus.EindeZorgvraag, null).Datum(2026, 5, 1))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<UrgentActiefPlaatsenSignaal>(Tag, dossier, new LocalDate(2026, 5, 10));

        // Assert
        Assert.Empty(signalen);
    }
}
