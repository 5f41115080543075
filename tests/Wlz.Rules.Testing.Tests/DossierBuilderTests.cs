using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Testing.Tests;

public sealed class DossierBuilderTests
{
    private static readonly DossierValidator Validator = new();

    [Fact]
    public void Build_Defaults_GivesValidDossierWithClientAndOneIndicatie()
    {
        // Act
        var dossier = Dossiers.ADossier().Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        Assert.Equal("999990019", dossier.Client.ClientId);
        Assert.Equal("999990019", dossier.Client.Bsn!.Waarde);
        var indicatie = Assert.Single(dossier.Indicaties);
        Assert.Equal("260000123", indicatie.Besluitnummer);
        Assert.Equal("4VV", indicatie.Zorgprofiel.Weergave);
        Assert.Equal(new LocalDate(2025, 5, 4), indicatie.Ingangsdatum);
        Assert.Null(indicatie.Einddatum);
        Assert.Empty(dossier.Zorgtoewijzingen);
    }

    [Fact]
    public void Build_ToewijzingAsInTheBrief_HasStatedValuesAndDefaults()
    {
        // Act
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(2026, 4, 29))
            .MetMaz()
            .Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var toewijzing = Assert.Single(dossier.Zorgtoewijzingen);
        Assert.Equal("12345678", toewijzing.Zorgaanbieder.Waarde);
        Assert.Equal(753, toewijzing.Zorgprofiel.Code);
        Assert.Equal(new LocalDate(2026, 4, 29), toewijzing.Ontvangstdatum);
        Assert.Equal(new LocalDate(2026, 4, 29), toewijzing.Toewijzingsdatum);
        Assert.Equal(new LocalDate(2026, 4, 29), toewijzing.Ingangsdatum);
        Assert.Equal(SoortToewijzing.Regulier, toewijzing.Soort);
        Assert.Equal(Leveringsvorm.Verblijf, toewijzing.Leveringsvorm);
        Assert.Equal(100m, toewijzing.Percentage);
        Assert.Equal("260000123", toewijzing.Besluitnummer);
        Assert.Equal("260000123|753|12345678|2026-04-29", toewijzing.Id);
        var maz = Assert.Single(dossier.Mazen);
        Assert.Equal(toewijzing.Id, maz.ToewijzingId);
        Assert.Equal(new LocalDate(2026, 4, 29), maz.Begindatum);
        Assert.Null(maz.Sleuteldatum);
    }

    [Fact]
    public void MetMaz_TwoToewijzingen_AttachesToTheLastAdded()
    {
        // Act
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("A").Zorgaanbieder("11111111"))
            .MetToewijzing(t => t.Id("B").Zorgaanbieder("22222222"))
            .MetMaz()
            .MetMutatie(m => m.OpToewijzing("A").Status(Leveringsstatus.UrgentPlaatsen))
            .Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        Assert.Equal("B", Assert.Single(dossier.Mazen).ToewijzingId);
        Assert.Equal("A", Assert.Single(dossier.Mutaties).ToewijzingId);
    }

    [Fact]
    public void MetMaz_WithoutToewijzing_AddsADefaultToewijzingFirst()
    {
        // Act
        var dossier = Dossiers.ADossier().MetMaz().Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var toewijzing = Assert.Single(dossier.Zorgtoewijzingen);
        Assert.Equal(new LocalDate(2026, 4, 27), toewijzing.Ingangsdatum);
        Assert.Equal("73730001", toewijzing.Zorgaanbieder.Waarde);
        Assert.Equal(toewijzing.Id, Assert.Single(dossier.Mazen).ToewijzingId);
    }

    [Fact]
    public void MetMutatie_Defaults_IsMut18ActiefPlaatsenWithClassificatie12OnTheOntvangstdatum()
    {
        // Act
        var dossier = Dossiers.ADossier().MetToewijzing(t => t.Ontvangen(2026, 4, 20)).MetMutatie().Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var mutatie = Assert.Single(dossier.Mutaties);
        Assert.Equal(Mutatiecode.AanbiederKanZorgNogNietLeveren, mutatie.Mutatiecode);
        Assert.Equal(Leveringsstatus.ActiefPlaatsen, mutatie.Leveringsstatus);
        Assert.Equal(Classificatie.VoorkeuraanbiederLeidend, mutatie.Classificatie);
        Assert.Equal(new LocalDate(2026, 4, 20), mutatie.Mutatiedatum);
        Assert.Null(mutatie.Begindatum);
        Assert.Equal(StatusAanlevering.EersteAanlevering, mutatie.StatusAanlevering);
    }

    [Fact]
    public void MetMutatie_WachtUitVoorzorg_DerivesCode12AndClassificatie19()
    {
        // Act
        var dossier = Dossiers.ADossier().MetMutatie(m => m.Status(Leveringsstatus.WachtUitVoorzorg).Datum(2025, 1, 15)).Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var mutatie = Assert.Single(dossier.Mutaties);
        Assert.Equal(Mutatiecode.ClientWilZorgNogNiet, mutatie.Mutatiecode);
        Assert.Equal(Classificatie.GeenAanvullendeWensen, mutatie.Classificatie);
        Assert.Equal(new LocalDate(2025, 1, 15), mutatie.Mutatiedatum);
    }

    [Fact]
    public void MetMutatie_WithdrawnMezAfterMaz_TakesBegindatumFromTheMazAndIsEindeZorgIngetrokken()
    {
        // Act
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Ingang(2026, 1, 5))
            .MetMaz(m => m.Begin(2026, 1, 12).SleutelDagenVoorBegin(3))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten).Verwijderd())
            .Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        Assert.Equal(new LocalDate(2026, 1, 9), Assert.Single(dossier.Mazen).Sleuteldatum);
        var mez = Assert.Single(dossier.Mutaties);
        Assert.Equal(Leveringsstatus.EindeZorgvraag, mez.Leveringsstatus);
        Assert.Null(mez.Classificatie);
        Assert.Equal(new LocalDate(2026, 1, 12), mez.Begindatum);
        Assert.Equal(new LocalDate(2026, 5, 4), mez.Mutatiedatum);
        Assert.True(mez.IsEindeZorgIngetrokken);
    }

    [Fact]
    public void MetToewijzing_OnlyEinddatumInThePast_StaysValidAndMezDateIsTheEinddatum()
    {
        // Act
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Einde(2026, 4, 10))
            .MetMaz()
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingSluiten))
            .Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var toewijzing = Assert.Single(dossier.Zorgtoewijzingen);
        Assert.Equal(new LocalDate(2025, 4, 10), toewijzing.Ingangsdatum);
        Assert.Equal(new LocalDate(2026, 4, 10), Assert.Single(dossier.Mutaties).Mutatiedatum);
        Assert.Equal(new LocalDate(2025, 4, 10), Assert.Single(dossier.Indicaties).Ingangsdatum);
    }

    [Fact]
    public void Build_ToewijzingWithOtherProfiel_DefaultIndicatieFollowsIt()
    {
        // Act
        var dossier = Dossiers.ADossier().MetToewijzing(t => t.Profiel("6VG").Ingang(2020, 3, 1)).Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var indicatie = Assert.Single(dossier.Indicaties);
        Assert.Equal("6VG", indicatie.Zorgprofiel.Weergave);
        Assert.Equal(new LocalDate(2020, 3, 1), indicatie.Ingangsdatum);
    }

    [Fact]
    public void Build_ExplicitIndicatie_ToewijzingTakesItsBesluitnummerAndProfiel()
    {
        // Act
        var dossier = Dossiers.ADossier()
            .MetIndicatie(i => i.Besluitnummer("123456789").Profiel("3B").Einde(2026, 6, 30))
            .MetToewijzing(t => t.Leveringsvorm(Leveringsvorm.Mpt).Percentage(60).CoordinatorZorgThuis())
            .Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        var toewijzing = Assert.Single(dossier.Zorgtoewijzingen);
        Assert.Equal("123456789", toewijzing.Besluitnummer);
        Assert.Equal("3B", toewijzing.Zorgprofiel.Weergave);
        Assert.Equal(60m, toewijzing.Percentage);
        Assert.True(toewijzing.IsCoordinatorZorgThuis);
        Assert.False(toewijzing.IsDossierhouder);
        Assert.Equal(new LocalDate(2026, 6, 30), Assert.Single(dossier.Indicaties).Einddatum);
    }

    [Fact]
    public void Build_ClientWithOpaqueKey_HasNoBsnAndIsValid()
    {
        // Act
        var dossier = Dossiers.ADossier().MetClient(c => c.ClientId("test-cliënt-7").Geboren(1941, 2, 3)).Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        Assert.Equal("test-cliënt-7", dossier.Client.ClientId);
        Assert.Null(dossier.Client.Bsn);
        Assert.Equal(new LocalDate(1941, 2, 3), dossier.Client.Geboortedatum);
    }

    [Fact]
    public void Build_AskedForAWrongBsn_IsRejectedWithV001()
    {
        // Act
        var dossier = Dossiers.ADossier().MetBsn("123456789").Build();

        // Assert
        Assert.Equal(["WLZ-V001"], Validator.Valideer(dossier).Select(f => f.Code));
    }

    [Fact]
    public void Build_MazOnUnknownToewijzing_IsRejectedWithV017()
    {
        // Act
        var dossier = Dossiers.ADossier().MetToewijzing().MetMaz(m => m.OpToewijzing("bestaat-niet")).Build();

        // Assert
        Assert.Equal(["WLZ-V017"], Validator.Valideer(dossier).Select(f => f.Code));
    }

    [Fact]
    public void Builders_AreImmutable_ASharedBaseCanBeExtendedTwice()
    {
        // Arrange
        var basis = Dossiers.ADossier().MetToewijzing();

        // Act
        var metMaz = basis.MetMaz().Build();
        var metMut = basis.MetMutatie().Build();
        var kaal = basis.Build();

        // Assert
        Assert.Single(metMaz.Mazen);
        Assert.Empty(metMaz.Mutaties);
        Assert.Single(metMut.Mutaties);
        Assert.Empty(metMut.Mazen);
        Assert.Empty(kaal.Mazen);
        Assert.Empty(kaal.Mutaties);
    }

    [Fact]
    public void ADossier_OtherPeildatum_DefaultsFollowIt()
    {
        // Act
        var dossier = Dossiers.ADossier(new LocalDate(2027, 1, 15)).MetToewijzing().MetAat().Build();

        // Assert
        Assert.Empty(Validator.Valideer(dossier));
        Assert.Equal(new LocalDate(2027, 1, 8), dossier.Zorgtoewijzingen[0].Ingangsdatum);
        var aat = Assert.Single(dossier.Aats);
        Assert.Equal(new LocalDate(2027, 1, 8), aat.Ontvangstdatum);
        Assert.Equal(dossier.Zorgtoewijzingen[0].Id, aat.ToewijzingId);
    }

    [Fact]
    public void ZonderIndicatie_BuildsDossierWithoutIndicaties()
    {
        // Act
        var dossier = Dossiers.ADossier().ZonderIndicatie().MetToewijzing().Build();

        // Assert
        Assert.Empty(dossier.Indicaties);
        Assert.Single(dossier.Zorgtoewijzingen);
    }

    [Fact]
    public void Profiel_UnknownDisplayName_Throws()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => Dossiers.ADossier().MetToewijzing(t => t.Profiel("99XX")));

        // Assert
        Assert.Contains("99XX", error.Message, StringComparison.Ordinal);
    }
}
