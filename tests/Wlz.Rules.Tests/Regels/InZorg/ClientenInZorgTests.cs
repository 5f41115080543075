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
    [InlineData(10, false)]
    public void NietBeeindigdDoorMezOpOfVoorPeildatum_MezRondPeildatum(int dag, bool opLijst)
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
}
