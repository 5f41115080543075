using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Bewonerslijst;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Bewonerslijst;

public sealed class BewonersInMaandTests
{
    private const string Tag = "Bewonerslijst";
    private static readonly LocalDate P = new(2026, 5, 20);

    private static DossierBuilder MetMaz(LocalDate begin) => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
        .MetMaz(m => m.Begin(begin));

    [Theory]
    [InlineData(4, 30, true)]
    [InlineData(5, 1, false)]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_MezRondMaandbegin(int maand, int dag, bool mezVoorMaand)
    {
        // Arrange
        var dossier = MetMaz(new LocalDate(2026, 1, 6))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, maand, dag))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, P);

        // Assert
        Assert.Equal(mezVoorMaand, signalen.Count == 0);
    }

    [Fact]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_BeginOpPeildatum_OpLijstVoorMaand()
    {
        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<BewonerSignaal>(Tag, MetMaz(P).Build(), P));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 1), signaal.Maand);
        Assert.Equal(P, signaal.Begindatum);
        Assert.Equal("2026-05", signaal.Velden[0].Waarde);
    }

    [Fact]
    public void VoorEenClientKunnenMeerdereZorgtoewijzingen_TweeToewijzingen_TweeRegels()
    {
        // Arrange: care moved from T1 to T2 in May.
        var dossier = MetMaz(new LocalDate(2026, 1, 6))
            .MetMutatie(m => m.Code(Mutatiecode.Overplaatsing).Datum(2026, 5, 10))
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder("73730002").Toegewezen(2026, 5, 1).Ingang(2026, 5, 11))
            .MetMaz(m => m.Begin(2026, 5, 11))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, P);

        // Assert
        Assert.Equal(["73730001:T1", "73730002:T2"], signalen.Select(s => $"{s.Zorgaanbieder}:{s.Onderwerp}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Maandeinde_Februari2028_Schrikkeljaar()
    {
        // Act
        var einde = BewonerSignaal.Maandeinde(new LocalDate(2028, 2, 10));

        // Assert
        Assert.Equal(new LocalDate(2028, 2, 29), einde);
    }
}
