using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.WachtUitVoorzorg;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.WachtUitVoorzorg;

public sealed class WachtUitVoorzorgMeerDan1JaarTests
{
    private const string Tag = "WachtUitVoorzorg";

    private static DossierBuilder Voorzorg(LocalDate sinds, bool andereZorg = true)
    {
        var dossier = Dossiers.ADossier(sinds)
            .MetToewijzing(t => t.Id("VOORKEUR").Zorgaanbieder("73730001").Toegewezen(sinds).Ingang(sinds))
            .MetMutatie(m => m.Code(Mutatiecode.ClientWilZorgNogNiet).Status(Leveringsstatus.WachtUitVoorzorg, Classificatie.SpecifiekeLocatieWoonwens).Datum(sinds));
        return andereZorg
            ? dossier.MetToewijzing(t => t.Id("THUIS").Zorgaanbieder("73730002").Leveringsvorm(Leveringsvorm.Mpt).Toegewezen(sinds).Ingang(sinds)).MetMaz(m => m.Begin(sinds))
            : dossier;
    }

    [Theory]
    [InlineData(2025, 5, 4, false)]
    [InlineData(2025, 5, 5, true)]
    public void MeerDanEenJaarBekendMetWachtUitVoorzorg_PreciesEenJaarNietMeerDan(int jaar, int maand, int dag, bool opLijst)
    {
        // Act
        var signalen = Lijsttest.Signalen<WachtUitVoorzorgSignaal>(Tag, Voorzorg(new LocalDate(2024, 5, 4)).Build(), new LocalDate(jaar, maand, dag));

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
    }

    [Theory]
    [InlineData(28, false)]
    [InlineData(29, true)]
    public void MeerDanEenJaar_Start29Februari_EenJaarIs28Februari(int dagInFebruari2025OfMaart, bool opLijst)
    {
        // Arrange: start 29 February 2024; 29 February 2024 + 1 year = 28 February 2025; day 29 here means 1 March 2025.
        var p = dagInFebruari2025OfMaart == 28 ? new LocalDate(2025, 2, 28) : new LocalDate(2025, 3, 1);

        // Act
        var signalen = Lijsttest.Signalen<WachtUitVoorzorgSignaal>(Tag, Voorzorg(new LocalDate(2024, 2, 29)).Build(), p);

        // Assert
        Assert.Equal(opLijst, signalen.Count == 1);
        if (opLijst)
        {
            Assert.Equal(new LocalDate(2025, 2, 28), signalen[0].EenJaarNa);
            Assert.Equal("73730001", signalen[0].Zorgaanbieder);
            Assert.Equal("VOORKEUR", signalen[0].Onderwerp);
        }
    }

    [Fact]
    public void OndertussenAndereZorgKrijgen_GeenAndereZorg_NietOpLijst()
    {
        // Act
        var signalen = Lijsttest.Signalen<WachtUitVoorzorgSignaal>(Tag, Voorzorg(new LocalDate(2024, 5, 4), andereZorg: false).Build(), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void OndertussenAndereZorgKrijgen_AndereZorgBeeindigdMetMez_NietOpLijst()
    {
        // Arrange
        var dossier = Voorzorg(new LocalDate(2024, 5, 4))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Datum(2026, 1, 31))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<WachtUitVoorzorgSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }
}
