using FsCheck;
using FsCheck.Fluent;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Semantics;

public sealed class HashJoinPropertyTests
{
    private static readonly Gen<(int, int, int)> Triple =
        from a in Gen.Choose(0, 3)
        from b in Gen.Choose(0, 2)
        from c in Gen.Choose(0, 9)
        select (a, b, c);

    private static readonly Gen<(Left[] Lefts, Right[] Rights)> Facts =
        from lefts in Triple.ArrayOf()
        from rights in Triple.ArrayOf()
        select (
            lefts.Select((l, i) => new Left($"l{i}", l.Item1, l.Item2, l.Item3)).ToArray(),
            rights.Select((r, i) => new Right($"r{i}", r.Item1, r.Item2 == 0 ? null : $"k{r.Item2}", r.Item3)).ToArray());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ISessionFactory> Factories = new();

    [Fact]
    public void Match_TwoKeyEqualityJoin_EqualsNestedLoopReference()
    {
        Prop.ForAll(Facts.ToArbitrary(), facts =>
        {
            // Arrange
            var expected = (
                from l in facts.Lefts
                from r in facts.Rights
                where r.K1 == l.K1 && r.K2 == Key(l.K2) && r.W > l.V
                select l.Id + "-" + r.Id).Order(StringComparer.Ordinal).ToArray();

            // Act
            var actual = Run(typeof(PairRule), facts);

            // Assert
            return expected.SequenceEqual(actual);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Not_EqualityJoin_EqualsNestedLoopReference()
    {
        Prop.ForAll(Facts.ToArbitrary(), facts =>
        {
            var expected = facts.Lefts
                .Where(l => !facts.Rights.Any(r => r.K1 == l.K1 && r.K2 == Key(l.K2)))
                .Select(l => l.Id + "-none").Order(StringComparer.Ordinal).ToArray();

            var actual = Run(typeof(UnmatchedRule), facts);

            return expected.SequenceEqual(actual);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Collect_EqualityJoin_EqualsNestedLoopReference()
    {
        Prop.ForAll(Facts.ToArbitrary(), facts =>
        {
            var expected = facts.Lefts
                .Select(l => l.Id + "-" + facts.Rights.Count(r => r.K1 == l.K1 && r.W >= l.V))
                .Order(StringComparer.Ordinal).ToArray();

            var actual = Run(typeof(CountRule), facts);

            return expected.SequenceEqual(actual);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_LargeMemory_UsesIndexAndFindsEveryPair()
    {
        // Arrange: 500 lefts and 500 rights, well above the index threshold.
        var lefts = Enumerable.Range(0, 500).Select(i => new Left($"l{i}", i % 50, i % 3, 0)).ToArray();
        var rights = Enumerable.Range(0, 500).Select(i => new Right($"r{i}", i % 50, "k" + (i % 3), 1)).ToArray();

        // Act
        var actual = Run(typeof(PairRule), (lefts, rights));

        // Assert: l and r pair when i = j (mod 150) and i mod 3 is not 0 (K2 0 maps to a null key). Of the 150 residues,
        // 33 below 50 have 4 lefts and 4 rights (33 * 16 = 528) and 67 from 50 have 3 and 3 (67 * 9 = 603): 1,131 pairs.
        Assert.Equal(1_131, actual.Length);
    }

    [Fact]
    public void ReusedSession_PartitionsOfVaryingSize_EqualFreshSessions()
    {
        // A reused session reserves room for many facts at once, then clears and re-indexes its memories: a partition
        // after a large one must see none of its facts, and a large one after a small one must find every pair.
        Prop.ForAll(Facts.ArrayOf().ToArbitrary(), partitions =>
        {
            var reused = Factories.GetOrAdd(typeof(PairRule), r => TestEngine.Compile(r)).CreateSession();
            foreach (var facts in partitions)
            {
                reused.Reset();
                reused.InsertAll(facts.Lefts);
                reused.InsertAll(facts.Rights);
                var actual = reused.Fire().ResultsOf<string>().Order(StringComparer.Ordinal);
                if (!actual.SequenceEqual(Run(typeof(PairRule), facts)))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static string? Key(int k) => k == 0 ? null : $"k{k}";

    private static string[] Run(Type rule, (Left[] Lefts, Right[] Rights) facts)
    {
        var session = Factories.GetOrAdd(rule, r => TestEngine.Compile(r)).CreateSession();
        session.InsertAll(facts.Lefts);
        session.InsertAll(facts.Rights);
        return session.Fire().ResultsOf<string>().Order(StringComparer.Ordinal).ToArray();
    }

    public sealed record Left(string Id, int K1, int K2, int V)
    {
        public string? Key => K2 == 0 ? null : $"k{K2}";
    }

    public sealed record Right(string Id, int K1, string? K2, int W);

    public sealed class PairRule : Rule
    {
        public override void Define()
        {
            Left l = null!;
            Right r = null!;
            When()
                .Match(() => l)
                .Match(() => r, x => x.K1 == l.K1 && x.K2 == l.Key, x => x.W > l.V);
            Then().Yield(_ => l.Id + "-" + r.Id);
        }
    }

    public sealed class UnmatchedRule : Rule
    {
        public override void Define()
        {
            Left l = null!;
            When()
                .Match(() => l)
                .Not<Right>(x => l.K1 == x.K1 && x.K2 == l.Key);
            Then().Yield(_ => l.Id + "-none");
        }
    }

    public sealed class CountRule : Rule
    {
        public override void Define()
        {
            Left l = null!;
            IEnumerable<Right> rights = null!;
            When()
                .Match(() => l)
                .Query(() => rights, q => q.Match<Right>(x => x.K1 == l.K1 && x.W >= l.V).Collect());
            Then().Yield(_ => l.Id + "-" + rights.Count());
        }
    }
}
