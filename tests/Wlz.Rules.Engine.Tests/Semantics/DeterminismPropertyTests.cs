using FsCheck;
using FsCheck.Fluent;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Semantics;

public sealed class DeterminismPropertyTests
{
    private static readonly Type[] RuleSet =
    [
        typeof(NotExistsTests.WithoutMessage),
        typeof(CollectLetHavingTests.CountAssignments),
        typeof(ActionTests.DeriveInCare),
        typeof(ActionTests.NotInCare),
        typeof(ActionTests.SignalToSummary),
    ];

    private static readonly Lazy<ISessionFactory> Factory = new(() => TestEngine.Compile(RuleSet));

    private static readonly Gen<(object[] Facts, int Seed)> Scenario =
        from clients in Gen.Choose(1, 4)
        from assignments in (from c in Gen.Choose(1, 4) from start in Gen.Choose(0, 20) select (c, start)).ArrayOf()
        from messages in (from a in Gen.Choose(0, 6) from maz in Gen.Elements(true, false) select (a, maz)).ArrayOf()
        from seed in Gen.Choose(0, 1_000_000)
        select (
            Enumerable.Range(1, clients).Select(c => (object)new Client($"c{c}"))
                .Concat(assignments.Select((a, i) => (object)new Assignment($"a{i}", $"c{a.c}", a.start)))
                .Concat(messages.Select(m => (object)new Message($"a{m.a}", m.maz ? "MAZ" : "MUT")))
                .ToArray(),
            seed);

    [Fact]
    public void Fire_ShuffledInsertionOrder_GivesIdenticalResultsInIdenticalOrder()
    {
        Prop.ForAll(Scenario.ToArbitrary(), scenario =>
        {
            // Arrange
            var shuffled = scenario.Facts.ToArray();
            new Random(scenario.Seed).Shuffle(shuffled);

            // Act
            var original = Describe(scenario.Facts);
            var reordered = Describe(shuffled);

            // Assert
            return original.SequenceEqual(reordered);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Fire_FactComparerOption_OrdersNonComparableFacts()
    {
        // Arrange
        var factory = TestEngine.Compile(typeof(EveryPlain));
        var options = new SessionOptions { FactComparer = Comparer<object>.Create((x, y) => string.CompareOrdinal(((Plain)x).Name, ((Plain)y).Name)) };
        var forward = factory.CreateSession(options);
        var backward = factory.CreateSession(options);
        forward.InsertAll([new Plain("a"), new Plain("b"), new Plain("c")]);
        backward.InsertAll([new Plain("c"), new Plain("b"), new Plain("a")]);

        // Act
        var first = forward.Fire().ResultsOf<string>();
        var second = backward.Fire().ResultsOf<string>();

        // Assert
        Assert.Equal(["a", "b", "c"], first);
        Assert.Equal(["a", "b", "c"], second);
    }

    private static string[] Describe(object[] facts)
    {
        var session = Factory.Value.CreateSession();
        session.InsertAll(facts);
        return session.Fire().Results.Select(r => r.ToString()!).ToArray();
    }

    public sealed class Plain(string name)
    {
        public string Name { get; } = name;
    }

    public sealed class EveryPlain : Rule
    {
        public override void Define()
        {
            Plain p = null!;
            When().Match(() => p);
            Then().Yield(_ => p.Name);
        }
    }
}
