using FsCheck;
using FsCheck.Fluent;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Semantics;

/// <summary>
/// The same NRules repository, run on NRules' own runtime and on our executor, gives the same facts: what the rules
/// inserted, compared as sorted multisets (NRules' working memory after <c>Fire</c>, less the caller's facts).
/// </summary>
public sealed class NRulesEquivalenceTests
{
    private static readonly object[] ClientFacts =
    [
        new Client("c1"), new Client("c2"), new Client("c3"), new Today(30),
        new Assignment("a1", "c1", 5, End: 2), new Assignment("a2", "c1", 40), new Assignment("a3", "c2", 12, End: 20),
        new Assignment("a4", "c9", 1), new Assignment("a5", "c2", 30, End: 3),
        new Message("a1", "MAZ"), new Message("a1", "MUT"), new Message("a3", "MUT"), new Message("a9", "MAZ"),
    ];

    public static TheoryData<string> RuleSetNames => [.. RuleSets.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, Type[]> RuleSets = new(StringComparer.Ordinal)
    {
        ["joins"] =
        [
            typeof(MatchTests.LateAssignment), typeof(MatchTests.LateAssignmentOfC1), typeof(MatchTests.ClientAssignment),
            typeof(MatchTests.StartedBeforeToday), typeof(MatchTests.ClientAssignmentStartedBeforeToday), typeof(MatchTests.UnboundToday),
            typeof(MatchTests.NestedAnd),
        ],
        ["not"] = [typeof(NotExistsTests.WithoutMessage), typeof(NotExistsTests.NoTodayAtAll)],
        ["exists"] = [typeof(NotExistsTests.WithMessage)],
        ["collect"] = [typeof(CollectLetHavingTests.CountAssignments), typeof(CollectLetHavingTests.ClientWithSeveralAssignments), typeof(CollectLetHavingTests.ClientWithSeveralAssignmentsByWhere)],
        ["let-having"] = [typeof(CollectLetHavingTests.EndedLongAgo), typeof(CollectLetHavingTests.DaysSince), typeof(CollectLetHavingTests.LateOrNot)],
        ["forward-chaining"] = [typeof(ActionTests.YieldInCare), typeof(ActionTests.ReportInCare), typeof(ActionTests.InsertTwo)],
        ["strata"] = [typeof(ActionTests.YieldInCare), typeof(NotCared), typeof(CountUncared), typeof(CountAssignmentsWithoutCare)],
        ["all"] = [typeof(ActionTests.YieldInCare), typeof(NotCared), typeof(CountUncared), typeof(CountAssignmentsWithoutCare),
            typeof(MatchTests.ClientAssignment), typeof(MatchTests.ClientAssignmentStartedBeforeToday), typeof(NotExistsTests.WithoutMessage),
            typeof(NotExistsTests.WithMessage), typeof(CollectLetHavingTests.CountAssignments), typeof(CollectLetHavingTests.EndedLongAgo),
            typeof(ActionTests.ReportInCare)],
    };

    private static readonly Dictionary<string, Lazy<(ISessionFactory Ours, NRules.ISessionFactory Theirs)>> Compiled =
        RuleSets.ToDictionary(
            set => set.Key,
            set => new Lazy<(ISessionFactory, NRules.ISessionFactory)>(() =>
            {
                var repository = TestEngine.Repository(set.Value);
                return (RuleSetCompiler.Compile(repository), TestEngine.CompileOnNRules(repository));
            }),
            StringComparer.Ordinal);

    private static readonly Gen<object[]> ClientScenario =
        from clients in Gen.Choose(1, 4)
        from assignments in (from c in Gen.Choose(1, 5) from start in Gen.Choose(0, 20) from end in Gen.Choose(-1, 10) select (c, start, end)).ArrayOf()
        from messages in (from a in Gen.Choose(0, 8) from maz in Gen.Elements(true, false) select (a, maz)).ArrayOf()
        from today in Gen.Choose(-1, 25)
        select Enumerable.Range(1, clients).Select(c => (object)new Client($"c{c}"))
            .Concat(assignments.Select((a, i) => (object)new Assignment($"a{i}", $"c{a.c}", a.start, a.end < 0 ? null : a.end)))
            .Concat(messages.Select(m => new Message($"a{m.a}", m.maz ? "MAZ" : "MUT")).Distinct())
            .Concat(today < 0 ? [] : [new Today(today)])
            .ToArray();

    [Theory]
    [MemberData(nameof(RuleSetNames))]
    public void RuleSet_OnFixedFacts_GivesTheSameFactsAsNRules(string ruleSet)
    {
        // Act
        var (ours, theirs) = Run(ruleSet, ClientFacts);

        // Assert
        Assert.NotEmpty(ours);
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void RecursiveForwardChaining_GivesTheSameFactsAsNRules()
    {
        // Arrange: a tree, so that each path is derived once (NRules rejects a second insert of an equal fact).
        var repository = TestEngine.Repository(typeof(SessionSemanticsTests.EdgeIsPath), typeof(SessionSemanticsTests.ExtendPath), typeof(SessionSemanticsTests.ReportPath));
        object[] facts = [new SessionSemanticsTests.Edge(1, 2), new SessionSemanticsTests.Edge(2, 3), new SessionSemanticsTests.Edge(3, 4), new SessionSemanticsTests.Edge(2, 5)];

        // Act
        var ours = Describe(TestEngine.Run(RuleSetCompiler.Compile(repository), facts).Results);
        var theirs = Describe(Derived(TestEngine.CompileOnNRules(repository), facts));

        // Assert
        Assert.Equal(16, ours.Length); // 8 paths (1-2, 1-3, 1-4, 1-5, 2-3, 2-4, 2-5, 3-4) and a report of each
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void ClientRules_OnRandomFacts_GiveTheSameFactsAsNRules()
    {
        Prop.ForAll(ClientScenario.ToArbitrary(), facts =>
        {
            var (ours, theirs) = Run("all", facts);
            return ours.SequenceEqual(theirs);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void JoinNotAndCollect_OnRandomFacts_GiveTheSameFactsAsNRules()
    {
        // The hash-join property rules (two-key join with a residual, Not over a join, Collect over a join) on NRules.
        var repository = TestEngine.Repository(typeof(HashJoinPropertyTests.PairRule), typeof(HashJoinPropertyTests.UnmatchedRule), typeof(HashJoinPropertyTests.CountRule));
        var ours = RuleSetCompiler.Compile(repository);
        var theirs = TestEngine.CompileOnNRules(repository);
        var triple = from a in Gen.Choose(0, 3) from b in Gen.Choose(0, 2) from c in Gen.Choose(0, 9) select (a, b, c);
        var scenario =
            from lefts in triple.ArrayOf()
            from rights in triple.ArrayOf()
            select lefts.Select((l, i) => (object)new HashJoinPropertyTests.Left($"l{i}", l.a, l.b, l.c))
                .Concat(rights.Select((r, i) => (object)new HashJoinPropertyTests.Right($"r{i}", r.a, r.b == 0 ? null : $"k{r.b}", r.c)))
                .ToArray();

        Prop.ForAll(scenario.ToArbitrary(), facts =>
            Describe(TestEngine.Run(ours, facts).Results).SequenceEqual(Describe(Derived(theirs, facts)))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ShuffledInsertionOrder_GivesTheSameFactsAsNRulesInEitherOrder()
    {
        Prop.ForAll(ClientScenario.ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (facts, seed) =>
        {
            var shuffled = facts.ToArray();
            new Random(seed).Shuffle(shuffled);
            var (ours, theirs) = Run("all", shuffled);
            return ours.SequenceEqual(theirs) && ours.SequenceEqual(Run("all", facts).Ours);
        }).QuickCheckThrowOnFailure();
    }

    private static (string[] Ours, string[] Theirs) Run(string ruleSet, object[] facts)
    {
        var (ours, theirs) = Compiled[ruleSet].Value;
        return (Describe(TestEngine.Run(ours, facts).Results), Describe(Derived(theirs, facts)));
    }

    /// <summary>The facts in NRules' working memory after firing, less the caller's facts (by reference).</summary>
    private static object[] Derived(NRules.ISessionFactory factory, object[] facts)
    {
        var callers = new HashSet<object>(facts, ReferenceEqualityComparer.Instance);
        return TestEngine.RunOnNRules<object>(factory, facts).Where(f => !callers.Contains(f)).ToArray();
    }

    private static string[] Describe(IEnumerable<object> facts) =>
        facts.Select(f => $"{f.GetType().Name}:{f}").Order(StringComparer.Ordinal).ToArray();

    public sealed record Uncared(string ClientId, string AssignmentId);

    public sealed record UncaredCount(string ClientId, int Count);

    public sealed record AssignmentCount(string ClientId, int Count, int Cared);

    /// <summary>Stratum 1: the assignments of a client that no rule put in care.</summary>
    [Priority(10)]
    public sealed class NotCared : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Match(() => a, x => x.ClientId == c.Id)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then().Yield(_ => new Uncared(c.Id, a.Id));
        }
    }

    /// <summary>Stratum 2: collects every fact that stratum 1 yielded for the client.</summary>
    public sealed class CountUncared : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Uncared> uncared = null!;
            When()
                .Match(() => c)
                .Query(() => uncared, q => q.Match<Uncared>(u => u.ClientId == c.Id).Collect());
            Then().Yield(_ => new UncaredCount(c.Id, uncared.Count()));
        }
    }

    /// <summary>Stratum 1: a Collect of a caller's type, a Collect of a derived type and a Let over both.</summary>
    public sealed class CountAssignmentsWithoutCare : Rule
    {
        public override void Define()
        {
            Client c = null!;
            IEnumerable<Assignment> assignments = null!;
            IEnumerable<InCare> cared = null!;
            int count = 0;
            When()
                .Match(() => c)
                .Query(() => assignments, q => q.Match<Assignment>(a => a.ClientId == c.Id).Collect())
                .Let(() => count, () => assignments.Count())
                .Having(() => count > 0)
                .Query(() => cared, q => q.Match<InCare>().Collect());
            Then().Yield(_ => new AssignmentCount(c.Id, count, cared.Count(i => assignments.Any(a => a.Id == i.AssignmentId))));
        }
    }
}
