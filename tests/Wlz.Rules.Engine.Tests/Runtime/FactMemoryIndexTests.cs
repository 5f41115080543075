using FsCheck;
using FsCheck.Fluent;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine.Tests.Runtime;

public sealed class FactMemoryIndexTests
{
    [Fact]
    public void Lookup_FactsSharingKeys_ChainsThemInInsertionOrder()
    {
        var memory = NewMemory();
        AddFacts(memory, 0, 30);

        Assert.Equal(Positions(30, "k1"), Chain(memory, "k1"));
        Assert.Equal(-1, memory.Lookup(new ValueTuple<string>("absent")));
    }

    [Fact]
    public void Add_AfterTheIndexIsBuilt_ExtendsTheChainsInInsertionOrder()
    {
        var memory = NewMemory();
        AddFacts(memory, 0, 12);
        Assert.Equal(Positions(12, "k2"), Chain(memory, "k2"));

        // These facts go into the built index one by one, and make the memory and the index grow.
        AddFacts(memory, 12, 500);

        Assert.Equal(Positions(500, "k2"), Chain(memory, "k2"));
        Assert.Equal(Positions(500, "k0"), Chain(memory, "k0"));
    }

    [Fact]
    public void Clear_ThenNewFacts_IndexesOnlyTheNewFacts()
    {
        var memory = NewMemory();
        AddFacts(memory, 0, 40);
        Assert.NotEmpty(Chain(memory, "k1"));

        memory.Clear();
        AddFacts(memory, 0, 10);

        Assert.Equal(Positions(10, "k1"), Chain(memory, "k1"));
    }

    [Fact]
    public void Lookup_ProbesInMemoryOrder_FindsEachKeysFirstFact()
    {
        // Probing in the memory's own order takes the shortcut past the index; a repeated key must still give its first fact.
        var memory = NewMemory();
        string[] keys = ["a", "b", "a", "c", "b", "d", "d", "e", "f", "g", "h", "i"];
        AddKeys(memory, keys);

        var found = keys.Select(k => memory.Lookup(new ValueTuple<string>(k))).ToArray();

        Assert.Equal([0, 1, 0, 3, 1, 5, 5, 7, 8, 9, 10, 11], found);
    }

    [Fact]
    public void Lookup_AnyFactsAndProbes_EqualsFirstPositionReference() =>
        LookupsFindFirstPositions(key => new ValueTuple<string>(key));

    [Fact]
    public void Lookup_KeysWhoseHashesAllCollide_FindsEachKeysFirstFact() =>
        LookupsFindFirstPositions(key => new Colliding(key));

    [Fact]
    public void Add_ManyNewKeysAfterTheIndexIsBuilt_FindsEveryKeysChain()
    {
        // The index is built for 10 facts; 2,000 distinct keys later it has doubled its buckets several times.
        var memory = NewMemory();
        AddKeys(memory, Enumerable.Range(0, 10).Select(i => "d" + i));
        Assert.Equal(3, memory.Lookup(new ValueTuple<string>("d3")));

        string[] keys = [.. Enumerable.Range(0, 10).Select(i => "d" + i), .. Enumerable.Range(0, 2_000).Select(i => "d" + (i % 1_000))];
        AddKeys(memory, keys.Skip(10));

        for (int i = 0; i < 1_000; i++)
        {
            string key = "d" + i;
            var expected = Enumerable.Range(0, keys.Length).Where(p => keys[p] == key).ToList();
            Assert.Equal(expected, Chain(memory, key));
        }
    }

    [Fact]
    public void Clear_AfterALargeIndex_ASmallerOneForgetsTheOldFacts()
    {
        // A session reused after a large partition keeps its buckets; the small partitions after it clear only their own.
        var memory = NewMemory();
        AddKeys(memory, Enumerable.Range(0, 5_000).Select(i => "old" + i));
        Assert.Equal(4_999, memory.Lookup(new ValueTuple<string>("old4999")));

        for (int round = 0; round < 3; round++)
        {
            memory.Clear();
            AddKeys(memory, ["a", "old7", "b", "a"]);

            Assert.Equal(-1, memory.Lookup(new ValueTuple<string>("old4999")));
            Assert.Equal([0, 3], Chain(memory, "a"));
            Assert.Equal(1, memory.Lookup(new ValueTuple<string>("old7")));
            Assert.Equal(-1, memory.Lookup(new ValueTuple<string>("old" + round)));
        }
    }

    /// <summary>
    /// For any facts and probes (the probes sometimes in memory order, so that the shortcut is taken), every lookup
    /// returns the position of the first fact with that key, or -1.
    /// </summary>
    private static void LookupsFindFirstPositions<TKey>(Func<string, TKey> keyOf)
        where TKey : struct
    {
        var keys = Gen.Choose(0, 12).Select(k => "k" + k);
        var cases =
            from facts in keys.ArrayOf()
            from probes in keys.ArrayOf()
            from inOrder in Gen.Elements(true, false)
            select (facts, inOrder ? facts.Concat(probes).ToArray() : probes);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var memory = NewMemory(keyOf);
            AddKeys(memory, c.facts);

            return c.Item2.All(probe => memory.Lookup(keyOf(probe)) == Array.IndexOf(c.facts, probe));
        }).QuickCheckThrowOnFailure();
    }

    private static FactMemory<Keyed, ValueTuple<string>> NewMemory() => NewMemory(key => new ValueTuple<string>(key));

    private static FactMemory<Keyed, TKey> NewMemory<TKey>(Func<string, TKey> keyOf)
        where TKey : struct =>
        (FactMemory<Keyed, TKey>)new MemorySpec<Keyed, TKey>(null, f => keyOf(f.Key)) { RuleId = "Test", Element = "Match<Keyed>" }.Create();

    /// <summary>Adds the facts numbered <paramref name="from"/> to <paramref name="to"/>, keyed <see cref="KeyOf"/>.</summary>
    private static void AddFacts(FactMemory<Keyed, ValueTuple<string>> memory, int from, int to) =>
        AddKeys(memory, Enumerable.Range(from, to - from).Select(KeyOf));

    private static void AddKeys<TKey>(FactMemory<Keyed, TKey> memory, IEnumerable<string> keys)
        where TKey : struct
    {
        foreach (string key in keys)
        {
            Assert.True(memory.Add(new Keyed(key), sequence: memory.Count));
        }
    }

    private static string KeyOf(int fact) => "k" + (fact % 3);

    private static int[] Positions(int count, string key) =>
        Enumerable.Range(0, count).Where(i => KeyOf(i) == key).ToArray();

    private static List<int> Chain(FactMemory<Keyed, ValueTuple<string>> memory, string key)
    {
        var positions = new List<int>();
        for (int i = memory.Lookup(new ValueTuple<string>(key)); i >= 0; i = memory.Next[i])
        {
            positions.Add(i);
        }

        return positions;
    }

    private sealed record Keyed(string Key);

    /// <summary>A key whose hash is the same for every value, so every lookup has to compare keys.</summary>
    private readonly record struct Colliding(string Value)
    {
        public override int GetHashCode() => 42;
    }
}
