using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.ZonderMazMut;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.Gedeeld;

namespace Wlz.Rules.Tests.Regels.ZonderMazMut;

public sealed class ZorgtoewijzingZonderMazMutTests
{
    private const string Tag = "ZonderMazMut";
    private const string Agb = "73730001";

    // Ontvangen woensdag 22 april 2026; maandag 27 april is Koningsdag.
    private static Dossier BekendeClient(LocalDate ontvangst) => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("OUD").Zorgaanbieder(Agb).Toegewezen(2025, 1, 2).Ontvangen(2025, 1, 2).Ingang(2025, 1, 6).Einde(2025, 12, 31))
        .MetMaz(m => m.Begin(2025, 1, 6))
        .MetToewijzing(t => t.Id("NIEUW").Zorgaanbieder(Agb).Toegewezen(ontvangst).Ontvangen(ontvangst).Ingang(ontvangst))
        .Build();

    private static Dossier NieuweClient(LocalDate ontvangst) => Dossiers.ADossier()
        .MetToewijzing(t => t.Id("NIEUW").Zorgaanbieder(Agb).Toegewezen(ontvangst).Ontvangen(ontvangst).Ingang(ontvangst))
        .Build();

    private static ZonderMazMutSignaal Enig(Dossier dossier, LocalDate p) =>
        Assert.Single(Lijsttest.Signalen<ZonderMazMutSignaal>(Tag, dossier, p));

    [Theory]
    [InlineData(29, 1, false)]
    [InlineData(30, 0, false)]
    public void MazOfMutUiterlijkBinnen5WerkdagenNaOntvangst_OverKoningsdag_DeadlineDonderdag30April(int dag, int resterend, bool contact)
    {
        // Arrange
        var dossier = BekendeClient(new LocalDate(2026, 4, 22));

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 4, dag));

        // Assert
        Assert.Equal("NIEUW", signaal.Onderwerp);
        Assert.Equal(Agb, signaal.Zorgaanbieder);
        Assert.False(signaal.NieuweClient);
        Assert.Equal(new LocalDate(2026, 4, 30), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
        Assert.Equal(contact, signaal.ZorgkantoorNeemtContactOp);
        Assert.Contains("Koningsdag", signaal.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void MazOfMutUiterlijkBinnen5WerkdagenNaOntvangst_DagNaDeadline_EenWerkdagTeLaat()
    {
        // Act
        var signaal = Enig(BekendeClient(new LocalDate(2026, 4, 22)), new LocalDate(2026, 5, 1));

        // Assert
        Assert.Equal(-1, signaal.WerkdagenResterend);
        Assert.False(signaal.ZorgkantoorNeemtContactOp);
        Assert.Contains("1 werkdag te laat", signaal.Uitleg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 1)]
    [InlineData(8, 0)]
    [InlineData(11, -1)]
    public void AlsDeClientNieuwVoorUIsBinnen10Werkdagen_OverKoningsdagEn5Mei_DeadlineVrijdag8Mei(int dag, int resterend)
    {
        // Act
        var signaal = Enig(NieuweClient(new LocalDate(2026, 4, 22)), new LocalDate(2026, 5, dag));

        // Assert
        Assert.True(signaal.NieuweClient);
        Assert.Equal(new LocalDate(2026, 5, 8), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(11, true)]
    public void NaTienWerkdagenNemenWeContactOp_DagErnaVlag(int dag, bool contact)
    {
        // Arrange: bekende cliënt, 5-werkdagentermijn, maar contact na 10 werkdagen (8 mei).
        var dossier = BekendeClient(new LocalDate(2026, 4, 22));

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 5, dag));

        // Assert
        Assert.Equal(contact, signaal.ZorgkantoorNeemtContactOp);
    }

    [Theory]
    [InlineData(19, 1)]
    [InlineData(20, 0)]
    [InlineData(21, -1)]
    public void MazOfMutUiterlijkBinnen5WerkdagenNaOntvangst_OverHemelvaartEnGelijkgesteldeVrijdag_DeadlineWoensdag20Mei(int dag, int resterend)
    {
        // Arrange: ontvangen maandag 11 mei 2026; 14 mei Hemelvaart, 15 mei gelijkgesteld.
        var dossier = BekendeClient(new LocalDate(2026, 5, 11));

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 5, dag));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 20), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
    }

    [Theory]
    [InlineData(2026, 12, 28, 1)]
    [InlineData(2026, 12, 29, 0)]
    [InlineData(2026, 12, 30, -1)]
    public void MazOfMutUiterlijkBinnen5WerkdagenNaOntvangst_OverKerstmis_DeadlineDinsdag29December(int jaar, int maand, int dag, int resterend)
    {
        // Arrange: ontvangen maandag 21 december 2026; 25 en 26 december Kerstmis.
        var dossier = BekendeClient(new LocalDate(2026, 12, 21));

        // Act
        var signaal = Enig(dossier, new LocalDate(jaar, maand, dag));

        // Assert
        Assert.Equal(new LocalDate(2026, 12, 29), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
    }

    [Theory]
    [InlineData(2027, 1, 5, 1)]
    [InlineData(2027, 1, 6, 0)]
    [InlineData(2027, 1, 7, -1)]
    public void AlsDeClientNieuwVoorUIsBinnen10Werkdagen_OverKerstmisEnNieuwjaar_DeadlineWoensdag6Januari(int jaar, int maand, int dag, int resterend)
    {
        // Act
        var signaal = Enig(NieuweClient(new LocalDate(2026, 12, 21)), new LocalDate(jaar, maand, dag));

        // Assert
        Assert.Equal(new LocalDate(2027, 1, 6), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
    }

    [Fact]
    public void NieuwVoorU_AndereToewijzingBijAndereAgbMetMaz_TeltAlsNieuw()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("ELDERS").Zorgaanbieder("73730002").Toegewezen(2025, 1, 2).Ingang(2025, 1, 6))
            .MetMaz(m => m.Begin(2025, 1, 6))
            .MetToewijzing(t => t.Id("NIEUW").Zorgaanbieder(Agb).Toegewezen(2026, 4, 22).Ontvangen(2026, 4, 22).Ingang(2026, 4, 22))
            .Build();

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 4, 23));

        // Assert
        Assert.True(signaal.NieuweClient);
        Assert.Equal(new LocalDate(2026, 5, 8), signaal.Termijn.Einde);
    }

    [Fact]
    public void NieuwVoorU_AndereToewijzingBijDezelfdeAgbMetVerwijderdeMaz_TeltAlsNieuw()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("OUD").Zorgaanbieder(Agb).Toegewezen(2025, 1, 2).Ingang(2025, 1, 6).Einde(2025, 12, 31))
            .MetMaz(m => m.Begin(2025, 1, 6).Verwijderd())
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Partneropname).Datum(2025, 1, 6))
            .MetToewijzing(t => t.Id("NIEUW").Zorgaanbieder(Agb).Toegewezen(2026, 4, 22).Ontvangen(2026, 4, 22).Ingang(2026, 4, 22))
            .Build();

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 4, 23));

        // Assert
        Assert.True(signaal.NieuweClient);
    }

    [Fact]
    public void WijNogGeenMazOfMutOntvingen_MetMaz_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T").Zorgaanbieder(Agb).Toegewezen(2026, 4, 1).Ontvangen(2026, 4, 1).Ingang(2026, 4, 1))
            .MetMaz(m => m.Begin(2026, 4, 2))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ZonderMazMutSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void WijNogGeenMazOfMutOntvingen_MetMutWachtstatus_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T").Zorgaanbieder(Agb).Toegewezen(2026, 4, 1).Ontvangen(2026, 4, 1).Ingang(2026, 4, 1))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.ActiefPlaatsen, Classificatie.DreigendeCrisis).Datum(2026, 4, 2))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ZonderMazMutSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void WijNogGeenMazOfMutOntvingen_AlleenVerwijderdeMaz_OpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T").Zorgaanbieder(Agb).Toegewezen(2026, 4, 1).Ontvangen(2026, 4, 1).Ingang(2026, 4, 1))
            .MetMaz(m => m.Begin(2026, 4, 2).Verwijderd())
            .Build();

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Equal("T", signaal.Onderwerp);
        Assert.True(signaal.ZorgkantoorNeemtContactOp);
    }

    [Fact]
    public void KreegEenZorgtoewijzing_OntvangenNaPeildatum_NietOpLijst()
    {
        // Act
        var signalen = Lijsttest.Signalen<ZonderMazMutSignaal>(Tag, NieuweClient(new LocalDate(2026, 5, 5)), new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void KreegEenZorgtoewijzing_Ingetrokken_NietOpLijst()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T").Zorgaanbieder(Agb).Toegewezen(2026, 4, 1).Ontvangen(2026, 4, 1).Ingang(2026, 4, 1).Ingetrokken(RedenIntrekking.Overleden))
            .Build();

        // Act
        var signalen = Lijsttest.Signalen<ZonderMazMutSignaal>(Tag, dossier, new LocalDate(2026, 5, 4));

        // Assert
        Assert.Empty(signalen);
    }

    [Fact]
    public void OntvangstVanDeToewijzing_GeenOntvangstdatum_TeltVanafToewijzingsdatum()
    {
        // Arrange
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T").Zorgaanbieder(Agb).Toegewezen(2026, 4, 22).ZonderOntvangstdatum().Ingang(2026, 4, 22))
            .Build();

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 4, 23));

        // Assert
        Assert.Equal(new LocalDate(2026, 4, 22), signaal.Ontvangstdatum);
        Assert.Contains("toewijzingsdatum gebruikt", signaal.Uitleg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(27, 1)]
    [InlineData(28, 0)]
    [InlineData(29, -1)]
    public void AlsDeClientNieuwVoorUIsBinnen10Werkdagen_OverHemelvaartEnPinksteren_DeadlineDonderdag28Mei(int dag, int resterend)
    {
        // Arrange: ontvangen maandag 11 mei 2026; 14 mei Hemelvaart, 15 mei gelijkgesteld, 25 mei Tweede Pinksterdag.
        var dossier = NieuweClient(new LocalDate(2026, 5, 11));

        // Act
        var signaal = Enig(dossier, new LocalDate(2026, 5, dag));

        // Assert
        Assert.Equal(new LocalDate(2026, 5, 28), signaal.Termijn.Einde);
        Assert.Equal(resterend, signaal.WerkdagenResterend);
        Assert.Equal(dag == 29, signaal.ZorgkantoorNeemtContactOp);
    }
}
