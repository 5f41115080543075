using Wlz.Rules.Engine;

namespace Wlz.Rules.Benchmarks.Engine;

// Tiny private fact shapes for the engine benchmarks (~3 facts per cliënt plus one peildatum); days are plain ints.
internal sealed class BenchPeil(int datum)
{
    public int Datum { get; } = datum;
}

internal sealed class BenchToewijzing(string id, string clientId, int begin, int? einde)
{
    public string Id { get; } = id;

    public string ClientId { get; } = clientId;

    public int Begin { get; } = begin;

    public int? Einde { get; } = einde;
}

internal sealed class BenchMaz(string toewijzingId)
{
    public string ToewijzingId { get; } = toewijzingId;
}

internal sealed class BenchWachtstatus(string clientId, int deadline)
{
    public string ClientId { get; } = clientId;

    public int Deadline { get; } = deadline;
}

internal sealed record BenchSignaal(string Lijst, string Subject, int Dagen);

/// <summary>Rule 1: a toewijzing with no matching MAZ (a Not join).</summary>
[RuleId("Bench.ZonderMaz")]
internal sealed class ZonderMazRule : Rule
{
    public override void Define()
    {
        BenchToewijzing t = null!;
        When()
            .Match(() => t)
            .Not<BenchMaz>(m => m.ToewijzingId == t.Id);
        Then().Yield(_ => new BenchSignaal("ZonderMaz", t.Id, 0));
    }
}

/// <summary>Rule 2: einddatum over 21 days ago and no aansluitende toewijzing of the same cliënt that has a MAZ (a Not over a join).</summary>
[RuleId("Bench.GeenOpvolger")]
internal sealed class GeenOpvolgerRule : Rule
{
    public override void Define()
    {
        BenchPeil peil = null!;
        BenchToewijzing t = null!;
        BenchToewijzing next = null!;
        When()
            .Match(() => peil)
            .Match(() => t, x => x.Einde != null && x.Einde < peil.Datum - 21)
            .Not(g => g
                .Match(() => next, n => n.ClientId == t.ClientId && n.Begin == t.Einde + 1)
                .Exists<BenchMaz>(m => m.ToewijzingId == next.Id));
        Then().Yield(_ => new BenchSignaal("GeenOpvolger", t.Id, peil.Datum - t.Einde!.Value));
    }
}

/// <summary>Rule 3: a wachtstatus with a days-left computation.</summary>
[RuleId("Bench.Wachtlijst")]
internal sealed class WachtlijstRule : Rule
{
    public override void Define()
    {
        BenchPeil peil = null!;
        BenchWachtstatus w = null!;
        int dagenOver = 0;
        When()
            .Match(() => peil)
            .Match(() => w)
            .Let(() => dagenOver, () => w.Deadline - peil.Datum)
            .Having(() => dagenOver < 14);
        Then().Yield(_ => new BenchSignaal("Wachtlijst", w.ClientId, dagenOver));
    }
}

/// <summary>Builds the benchmark rule set and synthetic cliënten.</summary>
internal static class EngineBenchmarkData
{
    public const int PeilDatum = 1_000;

    public static readonly BenchPeil Peil = new(PeilDatum);

    public static ISessionFactory Compile() =>
        new RuleRepository().Add<ZonderMazRule>().Add<GeenOpvolgerRule>().Add<WachtlijstRule>().Compile();

    /// <summary>Creates the facts of one cliënt; with <paramref name="quiet"/> no rule matches.</summary>
    public static object[] Client(int i, bool quiet)
    {
        string clientId = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string toewijzingId = "t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int? einde = !quiet && i % 10 == 0 ? PeilDatum - 30 : null;
        var toewijzing = new BenchToewijzing(toewijzingId, clientId, 500 + (i % 100), einde);
        object maz = !quiet && i % 20 == 0 ? new BenchWachtstatus(clientId, PeilDatum + 200) : new BenchMaz(toewijzingId);
        var wacht = new BenchWachtstatus(clientId, PeilDatum + (!quiet && i % 50 == 0 ? 5 : 100));
        return [toewijzing, maz, wacht];
    }

    public static object[][] Clients(int count, bool quiet)
    {
        var clients = new object[count][];
        for (int i = 0; i < count; i++)
        {
            clients[i] = Client(i, quiet);
        }

        return clients;
    }
}
