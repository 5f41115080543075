using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.AutoMez;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.AutoMez;

public sealed class AutoMezTests
{
    private const string Tag = "AutoMez";
    private const string Agb = "73730001";
    private static readonly LocalDate Einde = new(2026, 4, 1);

    private static DossierBuilder Verlopen(bool metMaz = true)
    {
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder(Agb).Percentage(100m).Toegewezen(2026, 1, 2).Ontvangen(2026, 1, 2).Ingang(2026, 1, 5).Einde(Einde));
        return metMaz ? dossier.MetMaz(m => m.Begin(2026, 1, 6)) : dossier;
    }

    private static IReadOnlyList<Signaal> Signalen(DossierBuilder dossier, LocalDate p) =>
        Lijsttest.Engine(Tag).Evaluate(dossier.Build(), p).Signalen;

    [Fact]
    public void EinddatumMeerDan21DagenGeleden_Precies21Dagen_ToekomstigeAutomezMetMezdatum23April()
    {
        // Act
        var signaal = Assert.IsType<ToekomstigeAutomezSignaal>(Assert.Single(Signalen(Verlopen(), new LocalDate(2026, 4, 22))));

        // Assert
        Assert.Equal(new LocalDate(2026, 4, 23), signaal.GeplandeMezdatum);
        Assert.Equal(1, signaal.DagenTotMez);
        Assert.Equal(Einde, signaal.Einddatum);
        Assert.Equal("T1", signaal.Onderwerp);
        Assert.Equal(Agb, signaal.Zorgaanbieder);
        Assert.False(signaal.MezIngetrokken);
        Assert.Equal(Cadans.Wekelijks, signaal.Lijst.Cadans);
    }

    [Fact]
    public void EinddatumMeerDan21DagenGeleden_22Dagen_AutomatischeMezMetCode19EnEinddatum()
    {
        // Act
        var signaal = Assert.IsType<AutomatischeMezSignaal>(Assert.Single(Signalen(Verlopen(), new LocalDate(2026, 4, 23))));

        // Assert
        Assert.Equal("T1", signaal.ToewijzingId);
        Assert.Equal(Mutatiecode.LeveringBeeindigdToewijzingSluiten, signaal.Mutatiecode);
        Assert.Equal(Einde, signaal.Mutatiedatum);
        Assert.Equal(new LocalDate(2026, 1, 6), signaal.Begindatum);
        Assert.Equal(new LocalDate(2026, 4, 23), signaal.Plaatsingsdatum);
        Assert.Equal(Agb, signaal.Zorgaanbieder);
        Assert.Equal(Cadans.Direct, signaal.Lijst.Cadans);
    }

    [Fact]
    public void EinddatumVanDeZorgtoewijzing_OpPeildatum_NietVerstrekenGeenSignaal()
    {
        // Act
        var signalen = Signalen(Verlopen(), Einde);

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void EinddatumVanDeZorgtoewijzing_DagNaEinddatum_Toekomstig22DagenTotMez()
    {
        // Act
        var signaal = Assert.IsType<ToekomstigeAutomezSignaal>(Assert.Single(Signalen(Verlopen(), new LocalDate(2026, 4, 2))));

        // Assert
        Assert.Equal(21, signaal.DagenTotMez);
    }

    [Fact]
    public void DeZorgtoewijzingHeeftEenMaz_ZonderMaz_GeenMez()
    {
        // Act
        var signalen = Signalen(Verlopen(metMaz: false), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void DeZorgtoewijzingHeeftEenMaz_AlleenVerwijderdeMaz_GeenMez()
    {
        // Arrange
        var dossier = Verlopen(metMaz: false).MetMaz(m => m.Begin(2026, 1, 6).Verwijderd());

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void GeenAndereGeldigeToewijzingMetMaz_AndereGeldigeToewijzingMetMaz_GeenMez()
    {
        // Arrange: a toewijzing at another zorgaanbieder, valid on P, with a MAZ.
        var dossier = Verlopen()
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder("73730002").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMaz(m => m.Begin(2026, 1, 5));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void GeenAndereGeldigeToewijzingMetMaz_AndereGeldigeToewijzingZonderMaz_MezWordtGeplaatst()
    {
        // Arrange
        var dossier = Verlopen()
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder(Agb).Toegewezen(2026, 1, 2).Ingang(2026, 4, 2));

        // Act
        var signaal = Assert.Single(Signalen(dossier, new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal("T1", Assert.IsType<AutomatischeMezSignaal>(signaal).ToewijzingId);
    }

    [Fact]
    public void AansluitendeVervolgtoewijzingMetAnderPercentage_MetMaz_MezWordtNietGeplaatst()
    {
        // Arrange: vervolgtoewijzing 60% from the day after the einddatum, with a MAZ; ended before P.
        var dossier = Verlopen()
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder(Agb).Percentage(60m).Toegewezen(2026, 3, 20).Ingang(2026, 4, 2).Einde(2026, 4, 10))
            .MetMaz(m => m.Begin(2026, 4, 2));

        // Act
        var signalen = Lijsttest.Engine(Tag).Evaluate(dossier.Build(), new LocalDate(2026, 5, 4)).Signalen.OfType<AutomatischeMezSignaal>().ToArray();

        // Assert: T1 gets no MEZ; T2 (ended 10 April, more than 21 days before P, nothing after it) does.
        Assert.Equal(["T2"], signalen.Select(s => s.ToewijzingId));
    }

    [Fact]
    public void AansluitendeVervolgtoewijzingMetAnderPercentage_ZonderMaz_MezWordtGeplaatst()
    {
        // Arrange
        var dossier = Verlopen()
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder(Agb).Percentage(60m).Toegewezen(2026, 3, 20).Ingang(2026, 4, 2));

        // Act
        var signaal = Assert.Single(Signalen(dossier, new LocalDate(2026, 5, 4)));

        // Assert
        Assert.Equal("T1", Assert.IsType<AutomatischeMezSignaal>(signaal).ToewijzingId);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Aansluitend_IngangsdatumUiterlijkDagNaEinddatum_AndersGatEnMez(int ingangsdag, bool mez)
    {
        // Arrange: vervolgtoewijzing with a MAZ that has itself ended before P (so only "aansluitend" can count).
        var dossier = Verlopen()
            .MetToewijzing(t => t.Id("T2").Zorgaanbieder(Agb).Toegewezen(2026, 3, 20).Ingang(2026, 4, ingangsdag).Einde(2026, 4, 20))
            .MetMaz(m => m.Begin(2026, 4, ingangsdag));

        // Act
        var ids = Lijsttest.Engine(Tag).Evaluate(dossier.Build(), new LocalDate(2026, 5, 4)).Signalen.OfType<AutomatischeMezSignaal>().Select(s => s.ToewijzingId).ToArray();

        // Assert
        Assert.Equal(mez, ids.Contains("T1"));
    }

    [Fact]
    public void MezAlOntvangen_NietIngetrokken_GeenAutomatischeMez()
    {
        // Arrange
        var dossier = Verlopen().MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(Einde));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void MutEindeZorgIngetrokken_ToekomstigeAutomezMetNotitieOverAat()
    {
        // Arrange
        var dossier = Verlopen().MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(Einde).Verwijderd());

        // Act
        var signaal = Assert.IsType<ToekomstigeAutomezSignaal>(Assert.Single(Signalen(dossier, new LocalDate(2026, 4, 10))));

        // Assert
        Assert.True(signaal.MezIngetrokken);
        Assert.Contains("Dan staat de MUT-datum mogelijk nog steeds als einddatum op de zorgtoewijzing", signaal.Uitleg, StringComparison.Ordinal);
        Assert.Contains("Vraag met een AAT om verlenging van de zorgtoewijzing.", signaal.Velden.Single(v => v.Naam == "actie").Waarde, StringComparison.Ordinal);
    }

    [Fact]
    public void MutEindeZorgIngetrokken_NaTermijn_AutomatischeMezMetVlag()
    {
        // Arrange
        var dossier = Verlopen().MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(Einde).Verwijderd());

        // Act
        var signaal = Assert.IsType<AutomatischeMezSignaal>(Assert.Single(Signalen(dossier, new LocalDate(2026, 5, 4))));

        // Assert
        Assert.True(signaal.MezIngetrokken);
    }

    [Fact]
    public void Mezdatum_EersteDagMeerDan21DagenNaEinddatum()
    {
        // Act
        var datum = Automez.Mezdatum(new LocalDate(2026, 12, 31), 21);

        // Assert
        Assert.Equal(new LocalDate(2027, 1, 22), datum);
    }
}
