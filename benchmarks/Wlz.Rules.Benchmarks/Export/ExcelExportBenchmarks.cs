using System.Collections;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Benchmarks.Export;

/// <summary>
/// Writes one list of <see cref="Regels"/> entries as an Excel workbook (<see cref="RapportExcel"/>) and as CSV
/// (<see cref="LijstCsv"/>) into <see cref="Stream.Null"/>. The entries are made on the fly by the list's enumerator, as
/// a spool file reads them, so the allocations shown are those of the export plus the entries it reads (twice).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Wlz.Rules.Benchmarks -- --filter '*ExcelExportBenchmarks*' --job Short</c>.</remarks>
[MemoryDiagnoser]
public class ExcelExportBenchmarks
{
    private RapportbestandLijst _lijst = null!;

    /// <summary>Gets or sets the number of entries of the list.</summary>
    [Params(100_000)]
    public int Regels { get; set; }

    [GlobalSetup]
    public void Setup() => _lijst = new RapportbestandLijst { Code = "ZonderMazMut", Zorgaanbieder = "12345678", Regels = new Gegenereerd(Regels) };

    [Benchmark(Baseline = true)]
    public void Excel() => RapportExcel.Schrijf(Stream.Null, [_lijst]);

    [Benchmark]
    public void Csv() => LijstCsv.Schrijf(Stream.Null, _lijst);

    /// <summary>Only reads the entries twice, as both exports do: what the input itself costs.</summary>
    [Benchmark]
    public int AlleenLezen()
    {
        var velden = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var regel in _lijst.Regels)
            {
                velden += regel.Velden.Count;
            }
        }

        return velden;
    }

    /// <summary>Entries like those of the ZonderMazMut list, made when read: the list itself holds nothing.</summary>
    public sealed class Gegenereerd(int aantal) : IReadOnlyList<RapportbestandRegel>
    {
        public int Count => aantal;

        public RapportbestandRegel this[int index] => Maak(index);

        public IEnumerator<RapportbestandRegel> GetEnumerator()
        {
            for (var i = 0; i < aantal; i++)
            {
                yield return Maak(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static RapportbestandRegel Maak(int i)
        {
            var nummer = i.ToString(CultureInfo.InvariantCulture);
            return new RapportbestandRegel
            {
                Koppelsleutel = nummer,
                ClientId = "******" + (i % 1000).ToString("000", CultureInfo.InvariantCulture),
                Onderwerp = "T" + nummer,
                Regel = "ZonderMazMut.Deadline",
                Velden =
                [
                    new Signaalveld("toewijzing", "T" + nummer),
                    new Signaalveld("ontvangstdatum", new DateTime(2026, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new Signaalveld("nieuwe cliënt", i % 3 == 0 ? "ja" : "nee"),
                    new Signaalveld("uiterste datum", new DateTime(2026, 1, 15).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new Signaalveld("werkdagen resterend", ((i % 20) - 5).ToString(CultureInfo.InvariantCulture)),
                    new Signaalveld("zorgkantoor neemt contact op", i % 2 == 0 ? "ja" : "nee"),
                    new Signaalveld("actie", "Lever de MAZ of MUT aan."),
                ],
                Uitleg = "Toewijzing T" + nummer + " ontvangen op 2026-04-27 zonder MAZ of MUT; de uiterste datum is 5 werkdagen later.",
            };
        }
    }
}
