namespace Wlz.Rules.Engine.Compilation;

/// <summary>
/// Assigns strata: a rule that matches a type positively runs in the same or a later stratum than the rules that can
/// insert it; a rule that tests absence, presence or a collection of a type runs in a strictly later stratum. A cycle
/// through such a negative dependency is rejected.
/// </summary>
internal static class Stratifier
{
    public static void Assign(IReadOnlyList<CompiledRule> rules, bool checkPriorities)
    {
        int count = rules.Count;
        var edges = new List<(int From, int To, bool Negative, Type Type, string Text)>();
        for (int producer = 0; producer < count; producer++)
        {
            foreach (var inserted in rules[producer].InsertTypes)
            {
                for (int consumer = 0; consumer < count; consumer++)
                {
                    var rule = rules[consumer];
                    foreach (var (type, text) in rule.NegativeTypes)
                    {
                        if (Related(type, inserted))
                        {
                            edges.Add((producer, consumer, true, type, text));
                        }
                    }

                    foreach (var type in rule.PositiveTypes)
                    {
                        if (Related(type, inserted))
                        {
                            edges.Add((producer, consumer, false, type, string.Empty));
                        }
                    }
                }
            }
        }

        var reach = Reachability(count, edges);
        foreach (var edge in edges.Where(e => e.Negative))
        {
            if (edge.From == edge.To || reach[edge.To, edge.From])
            {
                var cycle = edge.From == edge.To
                    ? rules[edge.From].Definition.Id
                    : $"{rules[edge.From].Definition.Id} -> {rules[edge.To].Definition.Id} -> ... -> {rules[edge.From].Definition.Id}";
                throw new RuleCompilationException(
                    rules[edge.To].Definition.Id,
                    edge.Text,
                    $"negation cycle: it tests {edge.Type.Name}, which rule '{rules[edge.From].Definition.Id}' inserts, and that rule depends on it ({cycle}).");
            }
        }

        if (checkPriorities)
        {
            CheckPriorities(rules, edges, reach);
        }

        var strata = new int[count];
        bool changed = true;
        for (int pass = 0; changed && pass <= count + 1; pass++)
        {
            changed = false;
            foreach (var edge in edges)
            {
                int needed = strata[edge.From] + (edge.Negative ? 1 : 0);
                if (strata[edge.To] < needed)
                {
                    strata[edge.To] = needed;
                    changed = true;
                }
            }
        }

        for (int i = 0; i < count; i++)
        {
            rules[i].Stratum = strata[i];
        }
    }

    /// <summary>
    /// NRules fires by priority alone: a rule that tests the absence, presence or collection of a type must fire after
    /// every rule that inserts it, and after every rule that leads to such an insert, so each of those needs the higher
    /// priority.
    /// </summary>
    private static void CheckPriorities(IReadOnlyList<CompiledRule> rules, List<(int From, int To, bool Negative, Type Type, string Text)> edges, bool[,] reach)
    {
        foreach (var edge in edges.Where(e => e.Negative && e.From != e.To))
        {
            var consumer = rules[edge.To].Definition;
            var producer = rules[edge.From].Definition;
            for (int before = 0; before < rules.Count; before++)
            {
                var rule = rules[before].Definition;
                if ((before == edge.From || reach[before, edge.From]) && rule.Priority <= consumer.Priority)
                {
                    string via = before == edge.From ? string.Empty : $"; rule '{rule.Id}' leads to that insert";
                    throw new RuleCompilationException(
                        consumer.Id,
                        edge.Text,
                        $"it tests {edge.Type.Name}, which rule '{producer.Id}' inserts{via}, so '{rule.Id}' must have a higher [Priority] than '{consumer.Id}' "
                        + $"(now {rule.Priority} and {consumer.Priority}); NRules fires by priority only.");
                }
            }
        }
    }

    private static bool Related(Type tested, Type inserted) =>
        tested.IsAssignableFrom(inserted) || inserted.IsAssignableFrom(tested);

    private static bool[,] Reachability(int count, List<(int From, int To, bool Negative, Type Type, string Text)> edges)
    {
        var reach = new bool[count, count];
        var next = new List<int>[count];
        for (int i = 0; i < count; i++)
        {
            next[i] = [];
        }

        foreach (var edge in edges)
        {
            next[edge.From].Add(edge.To);
        }

        for (int start = 0; start < count; start++)
        {
            var stack = new Stack<int>(next[start]);
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                if (reach[start, node])
                {
                    continue;
                }

                reach[start, node] = true;
                foreach (int following in next[node])
                {
                    stack.Push(following);
                }
            }
        }

        return reach;
    }
}
