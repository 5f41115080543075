using Wlz.Rules.Engine.Compilation;

namespace Wlz.Rules.Engine;

/// <summary>
/// One firing of a rule and its explanation: which rule, which facts it matched (by reference), which values it
/// computed, and what it yielded and inserted. It is also the <see cref="IContext"/> passed to the actions.
/// </summary>
public sealed class RuleFiring : IContext
{
    private readonly CompiledRule _rule;
    private readonly object?[] _slots;
    private readonly List<object> _results = [];
    private readonly List<object> _inserted = [];
    private IReadOnlyDictionary<string, object?>? _values;
    private IReadOnlyDictionary<string, object?>? _variables;

    internal RuleFiring(CompiledRule rule, object?[] slots, int sequence)
    {
        _rule = rule;
        _slots = slots;
        Sequence = sequence;
        var facts = new object[rule.FactSlots.Length];
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i] = slots[rule.FactSlots[i]]!;
        }

        Facts = facts;
    }

    /// <summary>Gets the definition (id and metadata) of the rule that fired.</summary>
    public RuleDefinition Rule => _rule.Definition;

    /// <summary>Gets the facts matched by the top-level <c>Match</c> elements, in element order, by reference.</summary>
    public IReadOnlyList<object> Facts { get; }

    /// <summary>Gets the values computed by <c>Let</c> elements, by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values ??= Collect(SlotKind.Value);

    /// <summary>Gets every named top-level variable (matched facts, collected lists and computed values), by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _variables ??= Collect(null);

    /// <summary>Gets the results this firing yielded, in order.</summary>
    public IReadOnlyList<object> Results => _results;

    /// <summary>Gets the facts this firing inserted, in order.</summary>
    public IReadOnlyList<object> InsertedFacts => _inserted;

    /// <summary>Gets the position of this firing in the session (0-based).</summary>
    public int Sequence { get; }

    /// <summary>Gets the stratum the rule runs in (rules that test absence of a type run after all rules inserting it).</summary>
    public int Stratum => _rule.Stratum;

    internal void AddResult(object result) => _results.Add(result);

    internal void AddInserted(object fact) => _inserted.Add(fact);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Rule.Id}({string.Join(", ", Variables.Select(v => $"{v.Key} = {Format(v.Value)}"))})";

    private static string Format(object? value) => value switch
    {
        null => "null",
        System.Collections.ICollection collection => $"[{collection.Count}]",
        _ => value.ToString() ?? string.Empty,
    };

    private Dictionary<string, object?> Collect(SlotKind? kind)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < _rule.Slots.Length; i++)
        {
            var slot = _rule.Slots[i];
            if (slot.Name is not null && slot.TopLevel && (kind is null || slot.Kind == kind))
            {
                result[slot.Name] = _slots[i];
            }
        }

        return result;
    }
}
