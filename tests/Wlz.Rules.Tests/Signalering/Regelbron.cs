using System.Collections;
using System.Globalization;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Tests.Signalering;

/// <summary>
/// A list of entries made on the fly, as a spool file reads them: it costs no memory itself, and counts how it is read,
/// so a test can check that an export enumerates it (twice) and never indexes it.
/// </summary>
internal sealed class Regelbron(int aantal) : IReadOnlyList<RapportbestandRegel>
{
    public int Enumeraties { get; private set; }

    public int Indexeringen { get; private set; }

    public int Count => aantal;

    public RapportbestandRegel this[int index]
    {
        get
        {
            Indexeringen++;
            return Maak(index);
        }
    }

    /// <summary>Makes entry <paramref name="i"/>: a date, a negative number, a code and a text, as the rules' fields are.</summary>
    public static RapportbestandRegel Maak(int i) => new()
    {
        Koppelsleutel = i.ToString("x16", CultureInfo.InvariantCulture),
        ClientId = "******" + (i % 1000).ToString("000", CultureInfo.InvariantCulture),
        Onderwerp = "T" + i.ToString(CultureInfo.InvariantCulture),
        Regel = "Test.Deadline",
        Velden =
        [
            new Signaalveld("toewijzing", "T" + i.ToString(CultureInfo.InvariantCulture)),
            new Signaalveld("uiterste datum", new DateTime(2026, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new Signaalveld("werkdagen resterend", ((i % 20) - 10).ToString(CultureInfo.InvariantCulture)),
            new Signaalveld("leveringsstatus", "0" + (i % 9).ToString(CultureInfo.InvariantCulture)),
            new Signaalveld("actie", "Lever de MAZ aan."),
        ],
        Uitleg = "Ontvangen op 2026-04-27; 5 werkdagen.",
    };

    public IEnumerator<RapportbestandRegel> GetEnumerator()
    {
        Enumeraties++;
        for (var i = 0; i < aantal; i++)
        {
            yield return Maak(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
