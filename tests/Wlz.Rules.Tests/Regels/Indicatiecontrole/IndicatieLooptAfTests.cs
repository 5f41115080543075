using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.Indicatiecontrole;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.Indicatiecontrole;

public sealed class IndicatieLooptAfTests
{
    private const string Tag = "Indicatiecontrole";

    private static DossierBuilder Indicatie(LocalDate? einde) => Dossiers.ADossier()
        .MetIndicatie(i => i.Besluitnummer("260000123").Ingang(2025, 1, 1).Einde(einde))
        .MetToewijzing(t => t.Id("T1").Besluitnummer("260000123").Zorgaanbieder("73730001").Toegewezen(2025, 1, 2).Ingang(2025, 1, 6).Einde(einde));

    private static IReadOnlyList<IndicatiecontroleSignaal> Signalen(DossierBuilder dossier, LocalDate p) =>
        Lijsttest.Signalen<IndicatiecontroleSignaal>(Tag, dossier.Build(), p);

    [Theory]
    [InlineData(7, 4, true)]
    [InlineData(7, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(5, 4, false)]
    public void IndicatieOverTweeMaandenAfloopt_GrenzenRondPeildatumPlusTweeMaanden(int maand, int dag, bool opLijst)
    {
        // Arrange: P = 4 May 2026; horizon = 4 July 2026; the einddatum must be after P.
        var dossier = Indicatie(new LocalDate(2026, maand, dag));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
    }

    [Theory]
    [InlineData(2, 28, true)]
    [InlineData(3, 1, false)]
    public void IndicatieOverTweeMaandenAfloopt_Peildatum31December_HorizonAfgekaptOp28Februari(int maand, int dag, bool opLijst)
    {
        // Act: 31 December 2026 + 2 months = 28 February 2027 (NodaTime clamps to the month end).
        var signalen = Signalen(Indicatie(new LocalDate(2027, maand, dag)), new LocalDate(2026, 12, 31));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
        if (opLijst)
        {
            Assert.Equal(new LocalDate(2027, 2, 28), signalen[0].Horizon);
        }
    }

    [Fact]
    public void IndicatiesZonderEinddatum_NooitOpLijst()
    {
        // Act
        var signalen = Signalen(Indicatie(null), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void AlleClientenWaarvoorUEenActueleZorgtoewijzingHeeft_OokNietInZorg_ElkeZorgaanbiederEenRegel()
    {
        // Arrange: two zorgaanbieders with a current toewijzing; neither has a MAZ; one AGB has two toewijzingen.
        var dossier = Indicatie(new LocalDate(2026, 6, 30))
            .MetToewijzing(t => t.Id("T2").Besluitnummer("260000123").Zorgaanbieder("73730002").Toegewezen(2025, 1, 2).Ingang(2025, 1, 6).Percentage(40m))
            .MetToewijzing(t => t.Id("T3").Besluitnummer("260000123").Zorgaanbieder("73730002").Toegewezen(2025, 1, 2).Ingang(2025, 2, 1).Percentage(60m).Leveringsvorm(Leveringsvorm.Mpt));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Equal(["73730001:T1", "73730002:T2"], signalen.Select(s => $"{s.Zorgaanbieder}:{s.ToewijzingId}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActueleZorgtoewijzing_Ingetrokken_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetIndicatie(i => i.Besluitnummer("260000123").Ingang(2025, 1, 1).Einde(2026, 6, 30))
            .MetToewijzing(t => t.Id("T1").Besluitnummer("260000123").Zorgaanbieder("73730001").Toegewezen(2025, 1, 2).Ingang(2025, 1, 6).Ingetrokken(RedenIntrekking.Herindicatie));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void ActueleZorgtoewijzing_AnderBesluitnummer_NietOpLijst()
    {
        // Arrange: the ending indicatie has no toewijzing; the toewijzing belongs to another (open) indicatie.
        var dossier = Dossiers.ADossier()
            .MetIndicatie(i => i.Besluitnummer("260000111").Ingang(2024, 1, 1).Einde(2026, 6, 30))
            .MetIndicatie(i => i.Besluitnummer("260000123").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Besluitnummer("260000123").Zorgaanbieder("73730001").Toegewezen(2025, 1, 2).Ingang(2025, 1, 6));

        // Act
        var signalen = Signalen(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }
}
