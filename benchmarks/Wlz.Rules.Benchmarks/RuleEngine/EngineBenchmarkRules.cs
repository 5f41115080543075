using System.Globalization;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;

namespace Wlz.Rules.Benchmarks.RuleEngine;

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

/// <summary>The result of the three rules; a record, so results of the two runtimes compare by value.</summary>
internal sealed record BenchSignaal(string Lijst, string Subject, int Dagen);

/// <summary>
/// Helper fact of rule 2: toewijzing <see cref="ToewijzingId"/> has an aansluitende toewijzing that has a MAZ. A class,
/// so two helpers for the same toewijzing (two such opvolgers) are two facts on both runtimes.
/// </summary>
internal sealed class BenchOpvolgerMetMaz(string toewijzingId)
{
    public string ToewijzingId { get; } = toewijzingId;
}

/// <summary>Rule 1: a toewijzing with no matching MAZ (a <c>Not</c> join).</summary>
[RuleId("Bench.ZonderMaz")]
[Name("Toewijzing zonder MAZ")]
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

/// <summary>
/// Rule 2a: derives <see cref="BenchOpvolgerMetMaz"/> for a toewijzing of rule 2 (einddatum over 21 days ago) that has an
/// aansluitende toewijzing of the same cliënt with a MAZ. NRules.Fluent has no group <c>Not</c>, so rule 2's
/// "no aansluitende toewijzing that has a MAZ" is the absence of this fact; the higher priority makes it fire first on
/// NRules too.
/// </summary>
[RuleId("Bench.OpvolgerMetMaz")]
[Name("Aansluitende toewijzing met MAZ")]
[Priority(10)]
internal sealed class OpvolgerMetMazRule : Rule
{
    public override void Define()
    {
        BenchPeil peil = null!;
        BenchToewijzing t = null!;
        BenchToewijzing next = null!;
        When()
            .Match(() => peil)
            .Match(() => t, x => x.Einde != null && x.Einde < peil.Datum - 21)
            .Match(() => next, n => n.ClientId == t.ClientId && n.Begin == t.Einde + 1)
            .Exists<BenchMaz>(m => m.ToewijzingId == next.Id);
        Then().Yield(_ => new BenchOpvolgerMetMaz(t.Id));
    }
}

/// <summary>
/// Rule 2: einddatum over 21 days ago and no aansluitende toewijzing of the same cliënt that has a MAZ (the absence of
/// the helper fact of <see cref="OpvolgerMetMazRule"/>).
/// </summary>
[RuleId("Bench.GeenOpvolger")]
[Name("Geen opvolger met MAZ")]
internal sealed class GeenOpvolgerRule : Rule
{
    public override void Define()
    {
        BenchPeil peil = null!;
        BenchToewijzing t = null!;
        When()
            .Match(() => peil)
            .Match(() => t, x => x.Einde != null && x.Einde < peil.Datum - 21)
            .Not<BenchOpvolgerMetMaz>(o => o.ToewijzingId == t.Id);
        Then().Yield(_ => new BenchSignaal("GeenOpvolger", t.Id, peil.Datum - t.Einde!.Value));
    }
}

/// <summary>Rule 3: a wachtstatus with a days-left computation (<c>Let</c> and <c>Having</c>).</summary>
[RuleId("Bench.Wachtlijst")]
[Name("Wachtstatus bijna verlopen")]
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

/// <summary>Builds the benchmark rule set for both runtimes, the synthetic cliënten, and the cross-check of the results.</summary>
internal static class EngineBenchmarkData
{
    public const int PeilDatum = 1_000;

    public static readonly BenchPeil Peil = new(PeilDatum);

    private static readonly Type[] RuleTypes = [typeof(ZonderMazRule), typeof(OpvolgerMetMazRule), typeof(GeenOpvolgerRule), typeof(WachtlijstRule)];

    /// <summary>Loads the four rules into an NRules.Fluent repository.</summary>
    public static RuleRepository Repository()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(RuleTypes).PrivateTypes());
        return repository;
    }

    /// <summary>Compiles the rules with our executor.</summary>
    public static ISessionFactory Compile() => RuleSetCompiler.Compile(Repository());

    /// <summary>
    /// Compiles the same rules with NRules' own runtime, with facts identified by reference as in the executor (and as
    /// <c>WlzRuleEngine</c> does for <c>WlzRuntime.NRules</c>).
    /// </summary>
    public static NRules.ISessionFactory CompileNRules()
    {
        var compiler = new NRules.RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(Repository().GetRuleSets());
    }

    /// <summary>Creates the facts of one cliënt; with <paramref name="quiet"/> no rule matches.</summary>
    public static object[] Client(int i, bool quiet)
    {
        string clientId = "c" + i.ToString(CultureInfo.InvariantCulture);
        string toewijzingId = "t" + i.ToString(CultureInfo.InvariantCulture);
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

    /// <summary>The facts of each cliënt with the peildatum in front, as one session (or one bulk partition) takes them.</summary>
    public static object[][] Partitions(object[][] clients) =>
        Array.ConvertAll(clients, client => (object[])[Peil, .. client]);

    /// <summary>Counts the signals among the yields (rule 2a's helper facts are yields too).</summary>
    public static int Signals(FireResult result)
    {
        int count = 0;
        foreach (var yielded in result.Yields)
        {
            if (yielded.Result is BenchSignaal)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the signals in an NRules session after <c>Fire</c>, enumerating its query (no LINQ provider call).</summary>
    public static int Signals(NRules.ISession session)
    {
        int count = 0;
        foreach (var _ in (IEnumerable<BenchSignaal>)session.Query<BenchSignaal>())
        {
            count++;
        }

        return count;
    }

    /// <summary>The signals of our executor, one session per partition.</summary>
    public static List<BenchSignaal> ExecutorSignals(ISessionFactory factory, object[][] partitions)
    {
        var signals = new List<BenchSignaal>();
        var session = factory.CreateSession();
        foreach (var partition in partitions)
        {
            session.Reset();
            session.InsertAll(partition);
            signals.AddRange(session.Fire().ResultsOf<BenchSignaal>());
        }

        return signals;
    }

    /// <summary>The signals of NRules' runtime, one session per partition.</summary>
    public static List<BenchSignaal> NRulesSignals(NRules.ISessionFactory factory, object[][] partitions)
    {
        var signals = new List<BenchSignaal>();
        foreach (var partition in partitions)
        {
            var session = factory.CreateSession();
            session.InsertAll(partition);
            session.Fire();
            signals.AddRange(session.Query<BenchSignaal>());
        }

        return signals;
    }

    /// <summary>
    /// Throws unless the two runtimes gave the same results (the same count and the same multiset) and, for a multiple
    /// of 100 cliënten of the mixed set, 17 signals per 100 cliënten.
    /// </summary>
    public static void AssertSame(string scenario, IReadOnlyCollection<BenchSignaal> executor, IReadOnlyCollection<BenchSignaal> nrules, int clients)
    {
        var ours = executor.Select(Key).Order(StringComparer.Ordinal).ToArray();
        var theirs = nrules.Select(Key).Order(StringComparer.Ordinal).ToArray();
        if (!ours.SequenceEqual(theirs, StringComparer.Ordinal))
        {
            string firstDifference = ours.Except(theirs, StringComparer.Ordinal).Select(s => "executor only: " + s)
                .Concat(theirs.Except(ours, StringComparer.Ordinal).Select(s => "NRules only: " + s))
                .FirstOrDefault() ?? "same signals, different multiplicities";
            throw new InvalidOperationException(
                $"{scenario}: NRules' runtime gave {theirs.Length} signals, our executor {ours.Length} ({firstDifference}).");
        }

        // The mixed set yields 17 signals per 100 cliënten (5 ZonderMaz, 10 GeenOpvolger, 2 Wachtlijst).
        int expected = clients / 100 * 17;
        if (clients % 100 == 0 && ours.Length != expected)
        {
            throw new InvalidOperationException($"{scenario}: {ours.Length} signals for {clients} cliënten, expected {expected}.");
        }

        static string Key(BenchSignaal s) => string.Create(CultureInfo.InvariantCulture, $"{s.Lijst}|{s.Subject}|{s.Dagen}");
    }

    /// <summary>Throws unless a benchmark method returned the expected number of signals.</summary>
    public static void AssertCount(string method, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{method} returned {actual} signals, expected {expected}.");
        }
    }
}
