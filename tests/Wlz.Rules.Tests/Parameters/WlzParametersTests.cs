using FluentValidation;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Tests.Parameters;

public sealed class WlzParametersTests
{
    [Fact]
    public void OpPeildatum_Standaard_ReturnsSourceNumbers()
    {
        // Act
        var waarden = WlzParameters.Standaard.OpPeildatum(new LocalDate(2026, 3, 2));

        // Assert
        Assert.Equal(5, waarden.MazMutTermijnWerkdagen);
        Assert.Equal(10, waarden.MazMutTermijnNieuweClientWerkdagen);
        Assert.Equal(10, waarden.ContactNaWerkdagen);
        Assert.Equal(Period.FromMonths(2), waarden.IndicatieHorizon);
        Assert.Equal(Period.FromYears(1), waarden.WachtUitVoorzorgHorizon);
        Assert.Equal(21, waarden.AutoMezTermijnDagen);
        Assert.Equal(1, waarden.AansluitendMaxDagenNaEinddatum);
        Assert.Equal(13, waarden.MaxMutatiedagen);
        Assert.Equal(14, waarden.MaxSleuteldatumDagenVoorBegindatum);
        Assert.Equal(new LocalDate(2026, 3, 2), waarden.Peildatum);
    }

    [Fact]
    public void OpPeildatum_AcrossGeldigVanafBoundary_SelectsValueInForce()
    {
        // Arrange
        var parameters = WlzParameters.Standaard.Aanpassen()
            .MetMazMutTermijnWerkdagen(new LocalDate(2027, 1, 1), 7, "Beleidswijziging 2027 (test)")
            .Build();

        // Act
        var ervoor = parameters.OpPeildatum(new LocalDate(2026, 12, 31));
        var erop = parameters.OpPeildatum(new LocalDate(2027, 1, 1));

        // Assert
        Assert.Equal(5, ervoor.MazMutTermijnWerkdagen);
        Assert.Equal(7, erop.MazMutTermijnWerkdagen);
        Assert.Equal("Beleidswijziging 2027 (test)", erop.Bronnen["MazMutTermijnWerkdagen"]);
        Assert.StartsWith("Wekelijkse en maandelijkse notities met lijsten", ervoor.Bronnen["MazMutTermijnWerkdagen"], StringComparison.Ordinal);
    }

    [Fact]
    public void OpPeildatum_BeforeFirstValue_ThrowsWithParameterName()
    {
        // Act
        var fout = Assert.Throws<InvalidOperationException>(() => WlzParameters.Standaard.OpPeildatum(new LocalDate(1989, 12, 31)));

        // Assert
        Assert.Equal("Parameter MazMutTermijnWerkdagen has no value in force on 1989-12-31: the first value is geldig vanaf 1990-01-01.", fout.Message);
    }

    [Fact]
    public void Streefnorm_StandaardTable_IsLabelledAsExample()
    {
        // Arrange
        var waarden = WlzParameters.Standaard.OpPeildatum(new LocalDate(2026, 3, 2));

        // Act
        var norm = waarden.Streefnorm(Leveringsstatus.UrgentPlaatsen, Classificatie.DoorstroomZiekenhuis);

        // Assert
        Assert.NotNull(norm);
        Assert.True(norm.IsVoorbeeld);
        Assert.Equal(14, norm.Dagen);
        Assert.StartsWith("VOORBEELD", norm.Bron, StringComparison.Ordinal);
        Assert.Null(waarden.Streefnorm(Leveringsstatus.WachtUitVoorzorg, Classificatie.Partneropname));
    }

    [Fact]
    public void MetStreefnormen_RealTable_ReplacesExampleFromItsDate()
    {
        // Arrange
        var echt = new Streefnormtabel(
        [
            new Streefnorm { Leveringsstatus = Leveringsstatus.ActiefPlaatsen, Classificatie = Classificatie.DreigendeCrisis, Dagen = 30, IsVoorbeeld = false, Bron = "Voorschrift 2026" },
        ]);
        var parameters = WlzParameters.Standaard.Aanpassen().MetStreefnormen(new LocalDate(2026, 1, 1), echt, "Voorschrift Zorgtoewijzing 2026").Build();

        // Act
        var norm = parameters.OpPeildatum(new LocalDate(2026, 1, 1)).Streefnorm(Leveringsstatus.ActiefPlaatsen, Classificatie.DreigendeCrisis);
        var oud = parameters.OpPeildatum(new LocalDate(2025, 12, 31)).Streefnorm(Leveringsstatus.ActiefPlaatsen, Classificatie.DreigendeCrisis);

        // Assert
        Assert.Equal(30, norm?.Dagen);
        Assert.False(norm?.IsVoorbeeld);
        Assert.Equal(42, oud?.Dagen);
        Assert.True(oud?.IsVoorbeeld);
    }

    [Fact]
    public void Build_OutOfRangeValues_ThrowsListingEveryFailure()
    {
        // Arrange
        var builder = WlzParameters.Standaard.Aanpassen()
            .MetMazMutTermijnWerkdagen(new LocalDate(2027, 1, 1), 0, "fout")
            .MetIndicatieHorizon(new LocalDate(2027, 1, 1), Period.FromHours(3), "fout")
            .MetMaxMutatiedagen(new LocalDate(2300, 1, 1), 13, "te laat");

        // Act
        var fout = Assert.Throws<ValidationException>(() => builder.Build());

        // Assert
        Assert.Equal(
            new[]
            {
                "Parameter MazMutTermijnWerkdagen, value geldig vanaf 2027-01-01: 0 is not between 1 and 60.",
                "Parameter IndicatieHorizon, value geldig vanaf 2027-01-01: PT3H is not a positive period of dates of at most 10 years.",
                "Parameter MaxMutatiedagen, value geldig vanaf 2300-01-01: the date is outside 1990-01-01 to 2200-12-31.",
            },
            fout.Errors.Select(e => e.ErrorMessage).ToArray());
    }

    [Fact]
    public void Build_ClassificatieNotOfStatus_FailsValidation()
    {
        // Arrange
        var tabel = new Streefnormtabel(
        [
            new Streefnorm { Leveringsstatus = Leveringsstatus.UrgentPlaatsen, Classificatie = Classificatie.Logeren, Dagen = 5, IsVoorbeeld = false, Bron = "x" },
        ]);

        // Act
        var fout = Assert.Throws<ValidationException>(() => WlzParameters.Standaard.Aanpassen().MetStreefnormen(new LocalDate(2026, 1, 1), tabel, "x").Build());

        // Assert
        Assert.Equal("Parameter Streefnormen, value geldig vanaf 2026-01-01: classificatie 16 does not belong to leveringsstatus 6.", Assert.Single(fout.Errors).ErrorMessage);
    }

    [Fact]
    public void Streefnormtabel_DuplicateCombination_ThrowsArgumentException()
    {
        // Arrange
        var norm = new Streefnorm { Leveringsstatus = Leveringsstatus.UrgentPlaatsen, Classificatie = Classificatie.Logeren, Dagen = 5, IsVoorbeeld = false, Bron = "x" };

        // Act
        var fout = Assert.Throws<ArgumentException>("normen", () => new Streefnormtabel([norm, norm]));

        // Assert
        Assert.StartsWith("The streefnorm for leveringsstatus 6 and classificatie 16 occurs more than once.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standaard_PassesItsOwnValidator()
    {
        // Act
        var resultaat = new WlzParametersValidator().Validate(WlzParameters.Standaard);

        // Assert
        Assert.True(resultaat.IsValid);
        Assert.True(Streefnormtabel.Voorbeeld.BevatVoorbeeldwaarden);
        Assert.Equal(12, Streefnormtabel.Voorbeeld.Normen.Count);
    }
}
