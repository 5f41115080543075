using FluentValidation;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Validatie;

public sealed class DossierValidatorTests
{
    private readonly DossierValidator _validator = new();

    [Fact]
    public void Valideer_ValidDossier_ReturnsNoFailures()
    {
        // Act
        var fouten = _validator.Valideer(TestDossiers.Geldig());

        // Assert
        Assert.Empty(fouten);
        Assert.Null(_validator.Beoordeel(TestDossiers.Geldig()));
        Assert.True(_validator.Validate(TestDossiers.Geldig()).IsValid);
    }

    [Fact]
    public void Valideer_BsnFailsElfproef_ReportsV001WithMaskedBsn()
    {
        // Arrange
        var dossier = TestDossiers.Geldig(client: new Client { ClientId = "123456789", Bsn = new Bsn("123456789") });

        // Act
        var fout = Assert.Single(_validator.Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V001", fout.Code);
        Assert.Equal("Client.Bsn", fout.Veld);
        Assert.Equal("Client", fout.Feit);
        Assert.Equal("Dossier ******789, Client, Bsn: '******789' is not nine digits passing the 11-proef.", fout.Melding);
    }

    [Fact]
    public void Valideer_EinddatumBeforeIngangsdatum_ReportsV004()
    {
        // Arrange
        var dossier = TestDossiers.Geldig(toewijzing: TestDossiers.Toewijzing with { Einddatum = new LocalDate(2023, 12, 31) });

        // Act
        var fout = Assert.Single(_validator.Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V004", fout.Code);
        Assert.Equal("Zorgtoewijzingen[0].Einddatum", fout.Veld);
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Einddatum: 2023-12-31 lies before Ingangsdatum 2024-01-01.", fout.Melding);
    }

    [Theory]
    [InlineData(Leveringsvorm.Verblijf, "12.5", "Dossier ******782, Zorgtoewijzing 'T1', Percentage: 12.5 is not a whole percentage from 1 to 100.")]
    [InlineData(Leveringsvorm.Verblijf, "0", "Dossier ******782, Zorgtoewijzing 'T1', Percentage: 0 is not a whole percentage from 1 to 100.")]
    [InlineData(Leveringsvorm.Pgb, "101", "Dossier ******782, Zorgtoewijzing 'T1', Percentage: 101 is not a percentage above 0 and at most 100.")]
    public void Valideer_BadPercentage_ReportsV005(Leveringsvorm leveringsvorm, string percentage, string melding)
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Leveringsvorm = leveringsvorm, Percentage = decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture) };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal("WLZ-V005", fout.Code);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Valideer_PgbWithFractionalPercentage_IsAllowed()
    {
        // Arrange (CS130: whole percents "tenzij de leveringsvorm de waarde 2 (PGB) bevat")
        var toewijzing = TestDossiers.Toewijzing with { Leveringsvorm = Leveringsvorm.Pgb, Percentage = 12.5m };

        // Act + Assert
        Assert.Empty(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));
    }

    [Fact]
    public void Valideer_WachtstatusWithoutClassificatie_ReportsV006()
    {
        // Arrange
        var mutatie = TestDossiers.Wachtstatus with { Classificatie = null };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V006", fout.Code);
        Assert.Equal("Mutaties[1].Classificatie", fout.Veld);
        Assert.Equal("Dossier ******782, Mutatie 18 op toewijzing 'T1' met mutatiedatum 2024-01-02, Classificatie: leveringsstatus 6 requires a classificatie.", fout.Melding);
    }

    [Fact]
    public void Valideer_ClassificatieWithEindeZorgvraag_ReportsV007()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Classificatie = Classificatie.Logeren };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V007", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2024-06-30, Classificatie: leveringsstatus 5 takes no classificatie, but 16 was given.", fout.Melding);
    }

    [Fact]
    public void Valideer_LogerenWithWachtUitVoorzorg_ReportsV008()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with
        {
            Mutatiecode = Mutatiecode.LeveringBeeindigdToewijzingAanhouden,
            Leveringsstatus = Leveringsstatus.WachtUitVoorzorg,
            Classificatie = Classificatie.Logeren,
        };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V008", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 20 op toewijzing 'T1' met mutatiedatum 2024-06-30, Classificatie: classificatie 16 does not belong to leveringsstatus 3 (allowed: 13, 14, 15, 17, 18, 19).", fout.Melding);
    }

    [Fact]
    public void Valideer_NoLeveringsstatus_ReportsV009()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Leveringsstatus = null };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V009", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2024-06-30, Leveringsstatus: the mutatie has no leveringsstatus.", fout.Melding);
    }

    [Fact]
    public void Valideer_InZorgWithCode19_ReportsV010()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Leveringsstatus = Leveringsstatus.InZorg };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V010", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2024-06-30, Leveringsstatus: leveringsstatus 4 is not allowed with mutatiecode 19 (allowed: 5).", fout.Melding);
    }

    [Fact]
    public void Valideer_MezWithoutBegindatum_ReportsV011()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Begindatum = null };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V011", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2024-06-30, Begindatum: mutatiecode 19 requires the begindatum of the care that ends.", fout.Melding);
    }

    [Fact]
    public void Valideer_MutatiedatumBeforeBegindatum_ReportsV012()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Mutatiedatum = new LocalDate(2024, 1, 9) };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V012", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2024-01-09, Mutatiedatum: 2024-01-09 lies before Begindatum 2024-01-10.", fout.Melding);
    }

    [Fact]
    public void Valideer_MazBeforeToewijzing_ReportsV013AndV014()
    {
        // Arrange
        var maz = TestDossiers.Maz with { Begindatum = new LocalDate(2023, 12, 30), Sleuteldatum = new LocalDate(2023, 12, 28) };

        // Act
        var fouten = _validator.Valideer(TestDossiers.Geldig(maz: maz));

        // Assert
        Assert.Equal(new[] { "WLZ-V013", "WLZ-V014" }, fouten.Select(f => f.Code).ToArray());
        Assert.Equal("Dossier ******782, MAZ op toewijzing 'T1' met begindatum 2023-12-30, Begindatum: 2023-12-30 lies outside Zorgtoewijzing 'T1' (2024-01-01 to 2024-12-31).", fouten[0].Melding);
        Assert.Equal("Mazen[0].Sleuteldatum", fouten[1].Veld);
    }

    [Fact]
    public void Valideer_SleuteldatumEqualsBegindatum_ReportsV015()
    {
        // Arrange
        var maz = TestDossiers.Maz with { Sleuteldatum = new LocalDate(2024, 1, 10) };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(maz: maz)));

        // Assert
        Assert.Equal("WLZ-V015", fout.Code);
        Assert.Equal("Dossier ******782, MAZ op toewijzing 'T1' met begindatum 2024-01-10, Sleuteldatum: 2024-01-10 is not before Begindatum 2024-01-10; leave it empty when it equals the begindatum.", fout.Melding);
    }

    [Theory]
    [InlineData(2024, 2, 1, null)]
    [InlineData(2024, 1, 15, "WLZ-V016")]
    public void Valideer_SleuteldatumWindow_AllowsAtMost14Days(int jaar, int maand, int dag, string? code)
    {
        // Arrange: the toewijzing starts 2024-01-01; a sleuteldatum 15 days before 2024-01-15 also lies outside it.
        var begindatum = new LocalDate(jaar, maand, dag);
        var maz14 = TestDossiers.Maz with { Begindatum = begindatum, Sleuteldatum = begindatum.PlusDays(-14) };
        var maz15 = TestDossiers.Maz with { Begindatum = begindatum, Sleuteldatum = begindatum.PlusDays(-15) };

        // Act
        var fouten14 = _validator.Valideer(TestDossiers.Geldig(maz: maz14));
        var fouten15 = _validator.Valideer(TestDossiers.Geldig(maz: maz15));

        // Assert
        Assert.Empty(fouten14);
        if (code is null)
        {
            Assert.Equal("Dossier ******782, MAZ op toewijzing 'T1' met begindatum 2024-02-01, Sleuteldatum: 2024-01-17 lies 15 days before Begindatum 2024-02-01; at most 14 are allowed.", Assert.Single(fouten15).Melding);
        }
        else
        {
            Assert.Equal(new[] { "WLZ-V014", code }.Order(), fouten15.Select(f => f.Code).Order());
        }
    }

    [Fact]
    public void Valideer_MazOnUnknownToewijzing_ReportsV017()
    {
        // Arrange
        var maz = TestDossiers.Maz with { ToewijzingId = "T9" };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(maz: maz)));

        // Assert
        Assert.Equal("WLZ-V017", fout.Code);
        Assert.Equal("Mazen[0].ToewijzingId", fout.Veld);
        Assert.Equal("Dossier ******782, MAZ op toewijzing 'T9' met begindatum 2024-01-10, ToewijzingId: the dossier has no zorgtoewijzing with id 'T9'.", fout.Melding);
    }

    [Fact]
    public void Valideer_DuplicateToewijzingId_ReportsV018Once()
    {
        // Arrange
        var dossier = TestDossiers.Geldig(toewijzingen: [TestDossiers.Toewijzing, TestDossiers.Toewijzing with { Zorgprofiel = Zorgprofielen.Geef(754) }]);

        // Act
        var fout = Assert.Single(_validator.Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V018", fout.Code);
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Id: another zorgtoewijzing of the dossier has the same id.", fout.Melding);
        Assert.Equal("Zorgtoewijzingen[1].Id", fout.Veld);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void Valideer_DuplicateIdAmongFewOrManyToewijzingen_UsesTheFirstAndReportsV018ThenV017(int andere)
    {
        // Arrange: a few toewijzingen are searched one by one, many through a dictionary; both keep the first with an id.
        // The MAZ lies inside the first T1 but before the duplicate, so matching the duplicate would add V013 and V014.
        var toewijzingen = new List<Zorgtoewijzing> { TestDossiers.Toewijzing };
        toewijzingen.AddRange(Enumerable.Range(2, andere - 1).Select(n => TestDossiers.Toewijzing with { Id = $"T{n}" }));
        toewijzingen.Add(TestDossiers.Toewijzing with { Ingangsdatum = new LocalDate(2024, 2, 1) });
        var dossier = new Dossier
        {
            Client = TestDossiers.Client,
            Zorgtoewijzingen = toewijzingen,
            Mazen = [TestDossiers.Maz],
            Aats = [TestDossiers.Aat with { ToewijzingId = "X9" }],
        };

        // Act
        var fouten = _validator.Valideer(dossier);

        // Assert
        Assert.Equal(new[] { "WLZ-V018", "WLZ-V017" }, fouten.Select(f => f.Code).ToArray());
        Assert.Equal($"Zorgtoewijzingen[{andere}].Id", fouten[0].Veld);
        Assert.Equal("Aats[0].ToewijzingId", fouten[1].Veld);
        Assert.Equal("AAT op toewijzing 'X9' ontvangen 2024-03-01", fouten[1].Feit);
        Assert.Equal("Dossier ******782, AAT op toewijzing 'X9' ontvangen 2024-03-01, ToewijzingId: the dossier has no zorgtoewijzing with id 'X9'.", fouten[1].Melding);
    }

    [Theory]
    [InlineData(-50, 3, 4, "-0050-03-04")]
    [InlineData(0, 1, 1, "0000-01-01")]
    [InlineData(123, 7, 8, "0123-07-08")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Valideer_DateWithUnusualYear_IsWrittenAsIso(int jaar, int maand, int dag, string iso)
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Toewijzingsdatum = new LocalDate(jaar, maand, dag), Ontvangstdatum = null };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal($"Dossier ******782, Zorgtoewijzing 'T1', Toewijzingsdatum: {iso} lies outside the supported dates 1990-01-01 to 2200-12-31.", fout.Melding);
    }

    [Fact]
    public void Valideer_NoClient_ReportsV021WithoutKey()
    {
        // Arrange
        var dossier = TestDossiers.Geldig() is var geldig ? new Dossier { Client = null!, Zorgtoewijzingen = geldig.Zorgtoewijzingen } : null!;

        // Act
        var fout = Assert.Single(_validator.Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V021", fout.Code);
        Assert.Equal("Dossier", fout.Feit);
        Assert.Equal("Client", fout.Veld);
        Assert.Equal("Dossier <zonder client>, Dossier, Client: the field is required.", fout.Melding);
    }

    [Fact]
    public void Validate_InvalidDossier_GivesFluentValidationTheSameFailuresAsValideer()
    {
        // Arrange
        var dossier = TestDossiers.Geldig(
            toewijzing: TestDossiers.Toewijzing with { Einddatum = new LocalDate(2023, 12, 31) },
            maz: TestDossiers.Maz with { ToewijzingId = "T9" });

        // Act
        var fouten = _validator.Valideer(dossier);
        var resultaat = _validator.Validate(dossier);

        // Assert
        Assert.Equal(2, fouten.Count);
        Assert.Equal(
            fouten.Select(f => (f.Code, f.Feit, f.Veld, f.Melding)),
            resultaat.Errors.Select(e => (e.ErrorCode, (string)e.CustomState, e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Valideer_DateBefore1990_ReportsV019NotAnException()
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Toewijzingsdatum = new LocalDate(1, 1, 1), Ontvangstdatum = null };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal("WLZ-V019", fout.Code);
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Toewijzingsdatum: 0001-01-01 lies outside the supported dates 1990-01-01 to 2200-12-31.", fout.Melding);
    }

    [Fact]
    public void Valideer_TooManyFacts_ReportsOnlyV020()
    {
        // Arrange
        var validator = new DossierValidator(new DossierValidatieOpties { MaxFeitenPerDossier = 5 });
        var dossier = TestDossiers.Geldig(maz: TestDossiers.Maz with { ToewijzingId = "T9" });

        // Act
        var fout = Assert.Single(validator.Valideer(dossier));

        // Assert
        Assert.Equal("WLZ-V020", fout.Code);
        Assert.Equal("Dossier ******782, Dossier, Feiten: the dossier holds 7 facts; at most 5 are allowed.", fout.Melding);
    }

    [Fact]
    public void Valideer_NullZorgprofielAndNullElement_ReportsV021()
    {
        // Arrange: what a JSON document with "zorgprofiel": null or a null array item produces.
        var dossier = new Dossier
        {
            Client = TestDossiers.Client,
            Zorgtoewijzingen = [TestDossiers.Toewijzing with { Zorgprofiel = null! }],
            Mazen = [null!],
        };

        // Act
        var fouten = _validator.Valideer(dossier);

        // Assert
        Assert.Equal(
            new[]
            {
                "Dossier ******782, Zorgtoewijzing 'T1', Zorgprofiel: the field is required.",
                "Dossier ******782, Dossier, Mazen[0]: the element is null.",
            },
            fouten.Select(f => f.Melding).ToArray());
        Assert.All(fouten, f => Assert.Equal("WLZ-V021", f.Code));
    }

    [Fact]
    public void Valideer_UndefinedLeveringsvorm_ReportsV022()
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Leveringsvorm = (Leveringsvorm)3 };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal("WLZ-V022", fout.Code);
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Leveringsvorm: 3 is not a code of Leveringsvorm.", fout.Melding);
    }

    [Fact]
    public void Valideer_CodeThatIsABsn_MessageMasksIt()
    {
        // Arrange: a BSN typed into a code field ("soort": 338064904) is read as a number and reaches validation.
        var toewijzing = TestDossiers.Toewijzing with { Soort = (SoortToewijzing)338064904 };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Soort: ******904 is not a code of SoortToewijzing.", fout.Melding);
    }

    [Fact]
    public void Valideer_BadBesluitnummerAndAgb_ReportsV023AndV003()
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Besluitnummer = "0123", Zorgaanbieder = new AgbCode("1234") };

        // Act
        var fouten = _validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing));

        // Assert
        Assert.Equal(
            new[]
            {
                "WLZ-V023: Dossier ******782, Zorgtoewijzing 'T1', Besluitnummer: '0123' is not a number from 1 to 999999999.",
                "WLZ-V003: Dossier ******782, Zorgtoewijzing 'T1', Zorgaanbieder: AGB code '*234' is not eight digits.",
            },
            fouten.Select(f => f.ToString()).ToArray());
    }

    [Fact]
    public void Valideer_MutatiedatumAfterToewijzingEinde_ReportsV024()
    {
        // Arrange
        var mutatie = TestDossiers.Mez with { Mutatiedatum = new LocalDate(2025, 1, 5) };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V024", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 19 op toewijzing 'T1' met mutatiedatum 2025-01-05, Mutatiedatum: 2025-01-05 lies after Einddatum 2024-12-31 of Zorgtoewijzing 'T1'.", fout.Melding);
    }

    [Fact]
    public void Valideer_Code12OnOverbrugging_ReportsV025()
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Soort = SoortToewijzing.Overbrugging };
        var mutatie = TestDossiers.Mez with { Mutatiecode = Mutatiecode.ClientWilZorgNogNiet, Begindatum = null, Leveringsstatus = Leveringsstatus.WachtUitVoorzorg, Classificatie = Classificatie.Partneropname };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing, mutatie: mutatie)));

        // Assert
        Assert.Equal("WLZ-V025", fout.Code);
        Assert.Equal("Dossier ******782, Mutatie 12 op toewijzing 'T1' met mutatiedatum 2024-06-30, Mutatiecode: mutatiecode 12 is only allowed on a Regulier toewijzing, not on Overbrugging (Zorgtoewijzing 'T1').", fout.Melding);
    }

    [Fact]
    public void Valideer_OntvangenBeforeToegewezen_ReportsV026()
    {
        // Arrange
        var toewijzing = TestDossiers.Toewijzing with { Ontvangstdatum = new LocalDate(2023, 12, 19) };

        // Act
        var fout = Assert.Single(_validator.Valideer(TestDossiers.Geldig(toewijzing: toewijzing)));

        // Assert
        Assert.Equal("WLZ-V026", fout.Code);
        Assert.Equal("Dossier ******782, Zorgtoewijzing 'T1', Ontvangstdatum: 2023-12-19 lies before Toewijzingsdatum 2023-12-20.", fout.Melding);
    }

    [Fact]
    public void Valideer_UserIdHoldingBsn_NeverPrintsFullBsn()
    {
        // Arrange
        var id = TestDossiers.BsnWaarde + "|" + Zorgtoewijzing.BerekenSleutel("202400012", Zorgprofielen.Geef(753), AgbCode.Parse("12345678"), new LocalDate(2024, 1, 1));
        var toewijzing = TestDossiers.Toewijzing with { Id = id, Einddatum = new LocalDate(2023, 1, 1) };
        var dossier = TestDossiers.Geldig(toewijzing: toewijzing, maz: TestDossiers.Maz with { ToewijzingId = id + "x" });

        // Act
        var afwijzing = _validator.Beoordeel(dossier);

        // Assert
        Assert.NotNull(afwijzing);
        Assert.Equal("******782", afwijzing.DossierSleutel);
        Assert.DoesNotContain(TestDossiers.BsnWaarde, afwijzing.ToString(), StringComparison.Ordinal);
        Assert.Contains("Zorgtoewijzing '******782|202400012|753|12345678|2024-01-01'", afwijzing.Fouten[0].Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StandaloneFactValidator_UsesFluentValidationResult()
    {
        // Arrange
        var validator = new ZorgtoewijzingValidator();

        // Act
        var resultaat = validator.Validate(TestDossiers.Toewijzing with { Percentage = 0m });

        // Assert
        var failure = Assert.Single(resultaat.Errors);
        Assert.Equal("WLZ-V005", failure.ErrorCode);
        Assert.Equal("Percentage", failure.PropertyName);
        Assert.Equal("Zorgtoewijzing 'T1', Percentage: 0 is not a whole percentage from 1 to 100.", failure.ErrorMessage);
    }

    [Fact]
    public void ValidateAndThrow_InvalidDossier_ThrowsWithMaskedMessages()
    {
        // Arrange
        var dossier = TestDossiers.Geldig(maz: TestDossiers.Maz with { ToewijzingId = "T9" });

        // Act
        var fout = Assert.Throws<ValidationException>(() => _validator.ValidateAndThrow(dossier));

        // Assert
        Assert.Equal("WLZ-V017", Assert.Single(fout.Errors).ErrorCode);
        Assert.DoesNotContain(TestDossiers.BsnWaarde, fout.Message, StringComparison.Ordinal);
    }
}
