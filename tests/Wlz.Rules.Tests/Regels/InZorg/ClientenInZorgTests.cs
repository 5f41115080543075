using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.InZorg;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.InZorg;

public sealed class ClientenInZorgTests
{
    private const string Tag = "InZorg";

    private static DossierBuilder MetMaz() => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5).Einde(2026, 12, 31))
        .MetMaz(m => m.Begin(2026, 1, 6));

    [Fact]
    public void MetEenMazInZorgGemeld_OpLijst()
    {
        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<ClientInZorgSignaal>(Tag, MetMaz().Build(), new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal("T1", signaal.Onderwerp);
        Assert.Equal("73730001", signaal.Zorgaanbieder);
        Assert.Equal(new LocalDate(2026, 1, 6), signaal.Begindatum);
        Assert.Null(signaal.Mezdatum);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void MetEenMazInZorgGemeld_BegindatumRondPeildatum(int dag, bool opLijst)
    {
        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, MetMaz().Build(), new LocalDate(2026, 1, dag));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void VolgensOnzeAdministratieBijUInZorg_MezDatumIsLaatsteDagInZorg(int dag, bool opLijst)
    {
        // Arrange: MEZ on 10 April 2026.
        var dossier = MetMaz().MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, 4, 10)).Build();

        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 4, dag));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
        if (opLijst)
        {
            Assert.Equal(new LocalDate(2026, 4, 10), signalen[0].Mezdatum);
        }
    }

    [Fact]
    public void MutEindeZorgIngetrokken_BeeindigtDeZorgNiet()
    {
        // Arrange
        var dossier = MetMaz().MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, 4, 10).Verwijderd()).Build();

        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Null(signaal.Mezdatum);
    }

    [Fact]
    public void MetEenMazInZorgGemeld_VerwijderdeMaz_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMaz(m => m.Begin(2026, 1, 6).Verwijderd())
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void VolgensOnzeAdministratieBijUInZorg_IngetrokkenWegensOverlijdenZonderMez_EindigtOpEinddatum(int dag, bool opLijst)
    {
        // Arrange: withdrawn with reden 1 overleden, einddatum 10 April; no MEZ is sent after a death.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5)
                .Einde(2026, 4, 10).Ingetrokken(RedenIntrekking.Overleden))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 4, dag));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
    }

    [Fact]
    public void VolgensOnzeAdministratieBijUInZorg_IngetrokkenWegensOverlijdenZonderMez_MaandenLaterNietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5)
                .Einde(2026, 4, 10).Ingetrokken(RedenIntrekking.Overleden))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 9, 1));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void VolgensOnzeAdministratieBijUInZorg_EinddatumVerstrekenZonderMez_NietOpLijst()
    {
        // Arrange: toewijzing ended on 31 December 2026, no MEZ.
        var dossier = MetMaz().Build();

        // Act
        var opEinddatum = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 12, 31));
        var dagErna = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2027, 1, 1));

        // Assert
        Assert.Single(opEinddatum);
        Assert.Empty(dagErna);
    }

    [Fact]
    public void VolgensOnzeAdministratieBijUInZorg_IngetrokkenZonderEinddatum_EindigtOpToewijzingsdatum()
    {
        // Arrange: withdrawn (reden 6 uitstroom) without einddatum; the withdrawn record was fixed on 2 March.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 3, 2).Ingang(2026, 1, 5)
                .Ingetrokken(RedenIntrekking.Uitstroom))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var opDatum = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 3, 2));
        var dagErna = Lijsttest.Signalen<ClientInZorgSignaal>(Tag, dossier, new LocalDate(2026, 3, 3));

        // Assert
        Assert.Single(opDatum);
        Assert.Empty(dagErna);
    }
}
