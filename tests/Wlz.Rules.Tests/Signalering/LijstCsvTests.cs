using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.TestSupport;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class LijstCsvTests
{
    [Fact]
    public void Schrijf_ListWithQuotesAndCommas_MatchesGoldenFile()
    {
        // Arrange
        var rapport = Rapport(Peildatum, [
            Deadline("C2", "T2", "11111111", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08", "Regel 1, met \"citaat\"\nen een tweede regel."),
        ]);
        var lijst = RapportbestandLijst.Van(rapport.Lijsten[0], Gemaskeerd);

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        GoldenFile.Verify(csv, "LijstCsvTests.Schrijf_ListWithQuotesAndCommas", "csv");
    }

    [Fact]
    public void Schrijf_EntriesWithDifferentFields_UnionOfColumnsInOrderOfFirstAppearance()
    {
        // Arrange
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels =
            [
                new RapportbestandRegel { ClientId = "C1", Regel = "R", Velden = [new Signaalveld("A", "1")] },
                new RapportbestandRegel { ClientId = "C2", Regel = "R", Velden = [new Signaalveld("B", "2"), new Signaalveld("A", "3")] },
            ],
        };

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        Assert.Equal("ClientId,Onderwerp,A,B,Regel,Uitleg\r\nC1,,1,,R,\r\nC2,,3,2,R,\r\n", csv);
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("", "")]
    public void Veld_Rfc4180_QuotesOnlyWhenNeeded(string waarde, string verwacht)
    {
        // Act
        var veld = LijstCsv.Veld(waarde);

        // Assert
        Assert.Equal(verwacht, veld);
    }

    [Fact]
    public void Bestandsnaam_MaskedOrMissingZorgaanbieder_OnlySafeCharacters()
    {
        // Arrange
        var gemaskeerd = new RapportbestandLijst { Code = "TestDeadlines", Zorgaanbieder = "*****678" };
        var zorgkantoor = new RapportbestandLijst { Code = "TestActies" };

        // Act
        var namen = (RapportExport.Bestandsnaam(gemaskeerd), RapportExport.Bestandsnaam(zorgkantoor));

        // Assert
        Assert.Equal(("TestDeadlines______678", "TestActies_zorgkantoor"), namen);
    }
}
