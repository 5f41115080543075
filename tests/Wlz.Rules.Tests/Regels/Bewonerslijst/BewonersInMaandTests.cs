using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Bewonerslijst;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Bewonerslijst;

public sealed class BewonersInMaandTests
{
    private const string Tag = "Bewonerslijst";
    // A run on 1 June reports on May, the last complete month before the peildatum.
    private static readonly LocalDate P = new(2026, 6, 1);

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
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_BeginInRapportagemaand_OpLijstVoorMaand()
    {
        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<BewonerSignaal>(Tag, MetMaz(new LocalDate(2026, 5, 31)).Build(), P));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 1), signaal.Maand);
        Assert.Equal(new LocalDate(2026, 5, 31), signaal.Begindatum);
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

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_RunInJuni_ToontMeiMetClientDieOp20MeiVertrok(int dagInJuni)
    {
        // Arrange: the cliënt left on 20 May (MEZ); the run is in June.
        var dossier = MetMaz(new LocalDate(2026, 1, 6))
            .MetMutatie(m => m.Code(Mutatiecode.Overplaatsing).Datum(2026, 5, 20))
            .Build();

        // Act
        var signaal = Assert.Single(Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, new LocalDate(2026, 6, dagInJuni)));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 1), signaal.Maand);
        Assert.Equal(new LocalDate(2026, 5, 20), signaal.Mezdatum);
    }

    [Fact]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_BeginInJuni_NietOpLijstVanMei()
    {
        // Arrange: care starts on 2 June; a run on 30 June reports on May.
        var dossier = MetMaz(new LocalDate(2026, 6, 2)).Build();

        // Act
        var signalen = Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, new LocalDate(2026, 6, 30));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_ExplicieteRapportagemaand_ToontDieMaand()
    {
        // Arrange: care starts on 2 June; the reporting month is set to June explicitly.
        var dossier = MetMaz(new LocalDate(2026, 6, 2)).Build();
        var engine = Lijsttest.Engine(Tag, new YearMonth(2026, 6));

        // Act
        var signaal = Assert.Single(engine.Evaluate(dossier, new LocalDate(2026, 6, 30)).Signalen.OfType<BewonerSignaal>());

        // Assert
        Assert.Equal(new LocalDate(2026, 6, 1), signaal.Maand);
    }

    [Theory]
    [InlineData(7, 1, true)]
    [InlineData(6, 30, false)]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_MezDagIsLaatsteDagInZorg(int maand, int dag, bool opLijst)
    {
        // Arrange: reporting month July. A MEZ on 1 July: that day is still in care. A MEZ on 30 June: 1 July is the day after.
        var dossier = MetMaz(new LocalDate(2026, 1, 6))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, maand, dag))
            .Build();

        // Act
        var signalen = Lijsttest.Engine(Tag, new YearMonth(2026, 7)).Evaluate(dossier, new LocalDate(2026, 8, 3)).Signalen.OfType<BewonerSignaal>().ToArray();

        // Assert
        Assert.Equal(opLijst, signalen.Length == 1);
    }

    [Fact]
    public void EenPeriodeVan1MaandInZorgZijnOfZijnGeweest_IngetrokkenWegensOverlijdenZonderMez_NietMaandenLater()
    {
        // Arrange: toewijzing withdrawn with reden 1 overleden, einddatum 10 March; no MEZ follows a death.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5)
                .Einde(2026, 3, 10).Ingetrokken(RedenIntrekking.Overleden))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .Build();

        // Act
        var mei = Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, P);
        var maart = Lijsttest.Signalen<BewonerSignaal>(Tag, dossier, new LocalDate(2026, 4, 1));

        // Assert
        Assert.Empty(mei);
        Assert.Equal(new LocalDate(2026, 3, 10), Assert.Single(maart).LaatsteDagInZorg);
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
