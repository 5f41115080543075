using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportExcelTests : IDisposable
{
    private static readonly XNamespace Ss = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly string _map = Path.Combine(Path.GetTempPath(), $"wlz-excel-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_map))
        {
            Directory.Delete(_map, recursive: true);
        }
    }

    [Fact]
    public void Schrijf_TwoLists_ASheetPerListWithHeaderAndTypedValues()
    {
        // Arrange
        var deadlines = new RapportbestandLijst
        {
            Code = "ZonderMazMut",
            Zorgaanbieder = "11111111",
            Regels =
            [
                Regel("C1", ("uiterste datum", "2026-05-08"), ("werkdagen resterend", "-3"), ("leveringsstatus", "01")),
                Regel("C2", ("uiterste datum", "2026-05-11"), ("werkdagen resterend", "4"), ("leveringsstatus", "=1+1")),
            ],
        };
        var wachtlijst = new RapportbestandLijst { Code = "Wachtlijst", Zorgaanbieder = "11111111", Regels = [Regel("C3", ("sinds", "2025-12-31"))] };

        // Act
        var werkmap = Schrijf(deadlines, wachtlijst);

        // Assert
        Assert.Equal(["ZonderMazMut", "Wachtlijst"], werkmap.GetSheetNames());
        var rijen = Rijen(werkmap, "ZonderMazMut");
        Assert.Equal(["Client", "Onderwerp", "uiterste datum", "werkdagen resterend", "leveringsstatus", "Regel", "Uitleg"], rijen[0]);
        Assert.Equal(["C1", "T-C1", new DateTime(2026, 5, 8), -3d, "01", "Test.Regel", "Uitleg van C1; met \"citaat\"."], rijen[1]);
        Assert.Equal(["C2", "T-C2", new DateTime(2026, 5, 11), 4d, "=1+1", "Test.Regel", "Uitleg van C2; met \"citaat\"."], rijen[2]);
        Assert.Equal(3, rijen.Count);
        Assert.Equal(["Client", "Onderwerp", "sinds", "Regel", "Uitleg"], Rijen(werkmap, "Wachtlijst")[0]);
    }

    [Fact]
    public void Schrijf_DateColumn_RealDatesShownAsIsoDates()
    {
        // Arrange
        var lijst = new RapportbestandLijst { Code = "X", Regels = [Regel("C1", ("einddatum", "2026-05-08"))] };

        // Act
        var werkmap = Schrijf(lijst);

        // Assert: the cell is a number (no t="str") whose style has the number format yyyy-mm-dd.
        var cel = Blad(werkmap, 1).Descendants(Ss + "c").Single(c => (string?)c.Attribute("r") == "C2");
        Assert.Null(cel.Attribute("t"));
        Assert.Equal("46150", cel.Element(Ss + "v")?.Value);
        var stijlen = Deel(werkmap, "xl/styles.xml");
        var formaat = stijlen.Descendants(Ss + "numFmt").Single(f => (string?)f.Attribute("formatCode") == "yyyy-mm-dd");
        var stijl = stijlen.Descendants(Ss + "cellXfs").Single().Elements(Ss + "xf").ElementAt(int.Parse((string)cel.Attribute("s")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((string?)formaat.Attribute("numFmtId"), (string?)stijl.Attribute("numFmtId"));
    }

    [Fact]
    public void Schrijf_EverySheet_HeaderRowFrozenAndFiltered()
    {
        // Arrange
        var lijsten = new[]
        {
            new RapportbestandLijst { Code = "A", Regels = [Regel("C1")] },
            new RapportbestandLijst { Code = "B", Regels = [Regel("C2")] },
        };

        // Act
        var werkmap = Schrijf(lijsten);

        // Assert
        foreach (var blad in new[] { Blad(werkmap, 1), Blad(werkmap, 2) })
        {
            var paneel = blad.Descendants(Ss + "pane").Single();
            Assert.Equal(("1", "frozen", "A2"), ((string?)paneel.Attribute("ySplit"), (string?)paneel.Attribute("state"), (string?)paneel.Attribute("topLeftCell")));
            Assert.Null(paneel.Attribute("xSplit"));
            Assert.NotNull(blad.Descendants(Ss + "autoFilter").SingleOrDefault());
        }
    }

    [Fact]
    public void Schrijf_ColumnWidths_FromHeaderAndLongestValueBetweenMinimumAndCap()
    {
        // Arrange
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels =
            [
                new RapportbestandRegel
                {
                    ClientId = "C1",
                    Regel = "R",
                    Velden = [new Signaalveld("een heel lange kolomnaam", "x"), new Signaalveld("lang", new string('x', 500))],
                    Uitleg = "kort\n" + new string('y', 30),
                },
            ],
        };

        // Act
        var werkmap = Schrijf(lijst);

        // Assert: "Client" (6 < 8) gets the minimum, "Onderwerp" (9) and the header of 24 its own length, the 500 the cap of 60, the explanation its longest line; each + 2 for the filter button.
        var breedtes = Blad(werkmap, 1).Descendants(Ss + "col").Select(c => double.Parse((string)c.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, breedtes.Count);
        Assert.Equal([10, 11, 26, 62, 10, 32], breedtes.Select(b => (int)Math.Floor(b)));
    }

    [Fact]
    public void Schrijf_EntriesWithDifferentFields_UnionOfColumnsInOrderOfFirstAppearance()
    {
        // Arrange
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels = [Regel("C1", ("A", "1")), Regel("C2", ("B", "b"), ("A", "3"))],
        };

        // Act
        var rijen = Rijen(Schrijf(lijst), "X");

        // Assert
        Assert.Equal(["Client", "Onderwerp", "A", "B", "Regel", "Uitleg"], rijen[0]);
        Assert.Equal([1d, null], rijen[1][2..4]);
        Assert.Equal([3d, "b"], rijen[2][2..4]);
    }

    [Fact]
    public void Schrijf_MixedColumn_StaysText()
    {
        // Arrange: "streefnorm dagen" holds a number or "geen streefnorm bekend"; a column of one kind sorts as one.
        var lijst = new RapportbestandLijst
        {
            Code = "X",
            Regels = [Regel("C1", ("streefnorm dagen", "56")), Regel("C2", ("streefnorm dagen", "geen streefnorm bekend")), Regel("C3", ("d", "2026-05-08")), Regel("C4", ("d", "2026-02-30"))],
        };

        // Act
        var rijen = Rijen(Schrijf(lijst), "X");

        // Assert
        Assert.Equal(["56", "geen streefnorm bekend", null, null], rijen.Skip(1).Select(r => r[2]));
        Assert.Equal([null, null, "2026-05-08", "2026-02-30"], rijen.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public void Schrijf_EmptyList_HeaderRowOnly()
    {
        // Arrange
        var lijst = new RapportbestandLijst { Code = "Leeg" };

        // Act
        var rijen = Rijen(Schrijf(lijst), "Leeg");

        // Assert
        Assert.Equal([["Client", "Onderwerp", "Regel", "Uitleg"]], rijen);
    }

    [Fact]
    public void Schrijf_NoList_Throws()
    {
        // Arrange
        using var uitvoer = new MemoryStream();

        // Act + Assert
        Assert.Throws<ArgumentException>(() => RapportExcel.Schrijf(uitvoer, []));
    }

    [Fact]
    public void Schrijf_LongOrForbiddenOrEqualCodes_ValidUniqueSheetNames()
    {
        // Arrange
        var lijsten = new[] { "Een/lijst:met*verboden?tekens[1]", new string('L', 40), new string('L', 35), "history", "'quoted'" }
            .Select(code => new RapportbestandLijst { Code = code, Regels = [Regel("C1")] });

        // Act
        var namen = Schrijf([.. lijsten]).GetSheetNames();

        // Assert
        Assert.Equal(["Een_lijst_met_verboden_tekens_1", new string('L', 31), new string('L', 27) + " (2)", "history (2)", "quoted"], namen);
    }

    [Fact]
    public void Schrijf_LazyList_EnumeratesTwiceAndNeverIndexes()
    {
        // Arrange
        var regels = new Regelbron(1_000);
        var lijst = new RapportbestandLijst { Code = "Groot", Regels = regels };

        // Act
        var rijen = Rijen(Schrijf(lijst), "Groot");

        // Assert
        Assert.Equal((2, 0), (regels.Enumeraties, regels.Indexeringen));
        Assert.Equal(1_001, rijen.Count);
        Assert.Equal(["******999", "T999", "T999", new DateTime(2026, 9, 27), 9d, "00", "Lever de MAZ aan.", "Test.Deadline", "Ontvangen op 2026-04-27; 5 werkdagen."], rijen[^1]);
    }

    [Fact]
    public void Schrijf_OutputThatCannotSeek_IsAValidWorkbook()
    {
        // Arrange
        var lijst = new RapportbestandLijst { Code = "X", Regels = [Regel("C1", ("d", "2026-05-08"))] };
        using var buffer = new MemoryStream();
        using var uitvoer = new AlleenSchrijven(buffer);

        // Act
        RapportExcel.Schrijf(uitvoer, [lijst]);

        // Assert
        using var werkmap = new MemoryStream(buffer.ToArray());
        Assert.Equal(2, Rijen(werkmap, "X").Count);
    }

    [Fact]
    public void PerZorgaanbieder_Report_OneWorkbookPerZorgaanbiederZorgkantoorLast()
    {
        // Arrange
        var bestand = Rapportbestand.Van(Rapport(Peildatum, [
            Deadline("C2", "T2", "22222222", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08"),
            Actie("C3", "T3", "2026-04-30"),
        ]), Gemaskeerd);

        // Act
        var werkmappen = RapportExcel.PerZorgaanbieder(bestand);

        // Assert
        Assert.Equal(
            [("11111111", "11111111.xlsx", "TestDeadlines"), ("22222222", "22222222.xlsx", "TestDeadlines"), (null, "zorgkantoor.xlsx", "TestActies")],
            werkmappen.Select(w => (w.Zorgaanbieder, w.Bestandsnaam, string.Join(",", w.Lijsten.Select(l => l.Code)))));
    }

    [Theory]
    [InlineData("12345678", "12345678.xlsx")]
    [InlineData("*****678", "_____678.xlsx")]
    [InlineData("../x", "___x.xlsx")]
    [InlineData(null, "zorgkantoor.xlsx")]
    public void Bestandsnaam_Zorgaanbieder_OnlySafeCharacters(string? zorgaanbieder, string verwacht)
    {
        // Act
        var naam = RapportExcel.Bestandsnaam(zorgaanbieder);

        // Assert
        Assert.Equal(verwacht, naam);
    }

    [Fact]
    public void SchrijfNaarMap_Report_AWorkbookPerZorgaanbiederWithItsLists()
    {
        // Arrange
        var bestand = Rapportbestand.Van(Rapport(Peildatum, [
            Deadline("C2", "T2", "22222222", "2026-05-11"),
            Deadline("C1", "T1", "11111111", "2026-05-08"),
            Actie("C3", "T3", "2026-04-30"),
        ]), Gemaskeerd);

        // Act
        var paden = RapportExcel.SchrijfNaarMap(bestand, _map);

        // Assert
        Assert.Equal(["11111111.xlsx", "22222222.xlsx", "zorgkantoor.xlsx"], paden.Select(Path.GetFileName));
        using var werkmap = File.OpenRead(paden[0]);
        var rijen = Rijen(werkmap, "TestDeadlines");
        Assert.Equal(["Client", "Onderwerp", "Deadline", "Opmerking", "Regel", "Uitleg"], rijen[0]);
        Assert.Equal([bestand.Lijsten[1].Regels[0].ClientId, "T1", new DateTime(2026, 5, 8), null, "Test.Deadline", "Ontvangen op 2026-04-27; 5 werkdagen."], rijen[1]);
    }

    private static RapportbestandRegel Regel(string client, params (string Naam, string Waarde)[] velden) => new()
    {
        Koppelsleutel = "k-" + client,
        ClientId = client,
        Onderwerp = "T-" + client,
        Regel = "Test.Regel",
        Velden = [.. velden.Select(v => new Signaalveld(v.Naam, v.Waarde))],
        Uitleg = $"Uitleg van {client}; met \"citaat\".",
    };

    private static MemoryStream Schrijf(params RapportbestandLijst[] lijsten)
    {
        var uitvoer = new MemoryStream();
        RapportExcel.Schrijf(uitvoer, lijsten);
        uitvoer.Position = 0;
        return uitvoer;
    }

    private static List<object?[]> Rijen(Stream werkmap, string blad)
    {
        werkmap.Position = 0;
        var rijen = werkmap.Query(useHeaderRow: false, sheetName: blad)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.ToArray())
            .ToList();
        werkmap.Position = 0;
        return rijen;
    }

    private static XDocument Blad(Stream werkmap, int nummer) => Deel(werkmap, $"xl/worksheets/sheet{nummer}.xml");

    private static XDocument Deel(Stream werkmap, string pad)
    {
        werkmap.Position = 0;
        using var zip = new ZipArchive(werkmap, ZipArchiveMode.Read, leaveOpen: true);
        using var deel = zip.GetEntry(pad)!.Open();
        var document = XDocument.Load(deel);
        werkmap.Position = 0;
        return document;
    }

    /// <summary>A stream that only writes forward, as a network or HTTP response stream does.</summary>
    private sealed class AlleenSchrijven(Stream doel) : Stream
    {
        private long _geschreven;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _geschreven; set => throw new NotSupportedException(); }

        public override void Flush() => doel.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            doel.Write(buffer, offset, count);
            _geschreven += count;
        }
    }
}
