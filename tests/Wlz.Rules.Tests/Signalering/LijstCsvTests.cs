using System.Text;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.TestSupport;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class LijstCsvTests
{
    [Fact]
    public void Schrijf_QuotingAndFormulaGuard_MatchesGoldenFile()
    {
        // Arrange
        var rapport = Rapport(Peildatum, [
            Deadline("C2", "T2", "11111111", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08", "Regel 1, met \"citaat\"\nen een tweede regel."),
        ]);
        var echt = RapportbestandLijst.Van(rapport.Lijsten[0], Gemaskeerd);
        var lijst = new RapportbestandLijst
        {
            Code = echt.Code,
            Regels =
            [
                .. echt.Regels,
                new RapportbestandRegel
                {
                    ClientId = "C3",
                    Onderwerp = "T3",
                    Regel = "Test.Deadline",
                    Velden = [new Signaalveld("Deadline", "2026-05-12"), new Signaalveld("Opmerking", "=HYPERLINK(\"http://x\";\"klik\")"), new Signaalveld("Werkdagen", "-3")],
                    Uitleg = "Twee; velden",
                },
            ],
        };

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        GoldenFile.Verify(csv, "LijstCsvTests.Schrijf_QuotingAndFormulaGuard", "csv");
    }

    [Fact]
    public void Schrijf_ToStream_Utf8WithByteOrderMarkThenTheTextWithCrlf()
    {
        // Arrange
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels = [new RapportbestandRegel { ClientId = "C1", Regel = "R", Velden = [new Signaalveld("cliënt", "één")], Uitleg = "a\nb" }],
        };
        using var uitvoer = new MemoryStream();

        // Act
        LijstCsv.Schrijf(uitvoer, lijst);

        // Assert
        var bytes = uitvoer.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var tekst = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(LijstCsv.Schrijf(lijst), tekst);
        Assert.Equal("Client;Onderwerp;cliënt;Regel;Uitleg\r\nC1;;één;R;\"a\nb\"\r\n", tekst);
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
        Assert.Equal("Client;Onderwerp;A;B;Regel;Uitleg\r\nC1;;1;;R;\r\nC2;;3;2;R;\r\n", csv);
    }

    [Fact]
    public void Schrijf_FieldNamedLikeAFixedColumn_KeepsItsValuesUnderANumberedHeader()
    {
        // Arrange: the mutatiedagen findings have a field "Regel", next to the fixed column Regel.
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels = [new RapportbestandRegel { ClientId = "C1", Regel = "R", Velden = [new Signaalveld("Regel", "R-veld"), new Signaalveld("uitleg", "u")] }],
        };

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        Assert.Equal("Client;Onderwerp;Regel (2);uitleg (2);Regel;Uitleg\r\nC1;;R-veld;u;R;\r\n", csv);
    }

    [Fact]
    public void Schrijf_Koppelsleutel_IsNoColumnForReaders()
    {
        // Arrange
        var lijst = new RapportbestandLijst { Code = "X", Regels = [new RapportbestandRegel { Koppelsleutel = "k-0123456789abcdef", ClientId = "C1", Regel = "R" }] };

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        Assert.DoesNotContain("k-0123456789abcdef", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Koppelsleutel", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Schrijf_LazyList_EnumeratesTwiceAndNeverIndexes()
    {
        // Arrange
        var regels = new Regelbron(3);
        var lijst = new RapportbestandLijst { Code = "X", Regels = regels };

        // Act
        var csv = LijstCsv.Schrijf(lijst);

        // Assert
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal((2, 0), (regels.Enumeraties, regels.Indexeringen));
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a,b", "a,b")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("twee\rregels", "\"twee\rregels\"")]
    [InlineData("", "")]
    public void Veld_Rfc4180WithSemicolon_QuotesOnlyWhenNeeded(string waarde, string verwacht)
    {
        // Act
        var veld = LijstCsv.Veld(waarde);

        // Assert
        Assert.Equal(verwacht, veld);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=A1;B1", "\"'=A1;B1\"")]
    [InlineData("-", "'-")]
    [InlineData("-3", "-3")]
    [InlineData("+3", "+3")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("2026-05-08", "2026-05-08")]
    [InlineData("a=b", "a=b")]
    public void Veld_FormulaTextGetsApostrophe_NegativeNumbersAndDatesStayAsTheyAre(string waarde, string verwacht)
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
