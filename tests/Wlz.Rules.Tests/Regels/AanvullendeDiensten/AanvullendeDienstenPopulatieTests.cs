using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Regels.AanvullendeDiensten;
using Wlz.Rules.Testing;
using Wlz.Rules.Tests.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Tests.Regels.AanvullendeDiensten;

public sealed class AanvullendeDienstenPopulatieTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly WlzRuleEngine Engine = new(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag("AanvullendeDiensten") });

    [Fact]
    public void AanvullendeDienstenLijst_HandgemaaktePopulatie_KomtOvereenMetGoldenFile()
    {
        // Act
        var signalen = Engine.EvaluateAanvullendeDiensten(Populatie(), Peildatum);

        // Assert
        GoldenFile.Verify(SignaalWeergave.Render(signalen, Peildatum), "AanvullendeDienstenPopulatieTests.AanvullendeDienstenLijst");
    }

    [Fact]
    public void Determinisme_GeschuddeFeitenEnDossiers_ZelfdeUitvoer()
    {
        // Arrange
        var populatie = Populatie();
        var geschud = populatie
            .Reverse()
            .Select(d => new AanvullendeDienstenDossier
            {
                Zorgaanbieder = d.Zorgaanbieder,
                Diensten = [.. d.Diensten.Reverse()],
                Bijbetalingen = [.. d.Bijbetalingen.Reverse()],
            })
            .ToArray();

        // Act
        var origineel = SignaalWeergave.Render(Engine.EvaluateAanvullendeDiensten(populatie, Peildatum), Peildatum);
        var uitGeschud = SignaalWeergave.Render(Engine.EvaluateAanvullendeDiensten(geschud, Peildatum), Peildatum);

        // Assert
        Assert.Equal(origineel, uitGeschud);
        Assert.Contains("AanvullendeDiensten.BijbetalingVoorVerzekerdeZorg", origineel, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAanvullendeDiensten_Null_Werpt()
    {
        // Act
        var fout = Assert.Throws<ArgumentNullException>(() => Engine.EvaluateAanvullendeDiensten((AanvullendeDienstenDossier)null!, Peildatum));

        // Assert
        Assert.Equal("dossier", fout.ParamName);
    }

    private static AanvullendeDienstenDossier[] Populatie()
    {
        var a = AgbCode.Parse("73730001");
        var b = Testnummers.AgbCode(1);
        var goedgekeurd = new LocalDate(2026, 1, 15);
        return
        [
            new AanvullendeDienstenDossier
            {
                Zorgaanbieder = a,
                Diensten =
                [
                    new AanvullendeDienst { Id = "A-KABEL", Zorgaanbieder = a, Omschrijving = "Kabelabonnement", Categorie = "kabelabonnement", TariefInEurocent = 1_995, Gepubliceerd = true, GoedgekeurdDoorClientenraadOp = goedgekeurd },
                    new AanvullendeDienst { Id = "A-STOM", Zorgaanbieder = a, Omschrijving = "Stomen van eigen kleding", Categorie = "stomerij-eigen-kleding", TariefInEurocent = 1_250, Gepubliceerd = false, GoedgekeurdDoorClientenraadOp = goedgekeurd, GoedgekeurdTariefInEurocent = 1_000 },
                    new AanvullendeDienst { Id = "A-EXTRAWAS", Zorgaanbieder = a, Omschrijving = "Extra was bij incontinentie", Categorie = "extra-was-door-ziekte", TariefInEurocent = 1_500, Gepubliceerd = true, GoedgekeurdDoorClientenraadOp = goedgekeurd },
                ],
                Bijbetalingen =
                [
                    new Bijbetaling { Id = "A-B1", ClientId = "C1", DienstId = "A-KABEL", Datum = new LocalDate(2026, 1, 10), BedragInEurocent = 1_995 },
                    new Bijbetaling { Id = "A-B2", ClientId = "C1", DienstId = "A-KABEL", Datum = new LocalDate(2026, 2, 10), BedragInEurocent = 1_995 },
                    new Bijbetaling { Id = "A-B3", ClientId = "C2", DienstId = "A-EXTRAWAS", Datum = new LocalDate(2026, 3, 1), BedragInEurocent = 1_500 },
                    new Bijbetaling { Id = "A-B4", ClientId = "C2", DienstId = "A-STOM", Datum = new LocalDate(2026, 3, 2), BedragInEurocent = 2_500, Aantal = 2 },
                    new Bijbetaling { Id = "A-B5", ClientId = "C3", DienstId = "A-KABEL", Datum = new LocalDate(2026, 6, 1), BedragInEurocent = 1_995 },
                ],
            },
            new AanvullendeDienstenDossier
            {
                Zorgaanbieder = b,
                Diensten =
                [
                    new AanvullendeDienst { Id = "B-WAS", Zorgaanbieder = b, Omschrijving = "Wasservice eigen kleding", Categorie = "was-eigen-kleding", TariefInEurocent = 4_500, Gepubliceerd = true, VerplichtGesteld = true },
                ],
                Bijbetalingen =
                [
                    new Bijbetaling { Id = "B-B1", ClientId = "C7", DienstId = "B-WAS", Datum = new LocalDate(2026, 4, 1), BedragInEurocent = 4_500 },
                    new Bijbetaling { Id = "B-B2", ClientId = "C8", DienstId = "B-TV", Datum = new LocalDate(2026, 4, 1), BedragInEurocent = 999 },
                ],
            },
        ];
    }
}
