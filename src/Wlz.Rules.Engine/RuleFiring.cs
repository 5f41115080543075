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
    // Nearly every firing yields or inserts one object: keep the first in a field, and make a list only for more.
    private Output _results;
    private Output _inserted;
    private object[]? _facts;
    private IReadOnlyDictionary<string, object?>? _values;
    private IReadOnlyDictionary<string, object?>? _variables;

    internal RuleFiring(CompiledRule rule, object?[] slots, int sequence)
    {
        _rule = rule;
        _slots = slots;
        Sequence = sequence;
    }

    /// <summary>Gets the definition (id and metadata) of the rule that fired.</summary>
    public RuleDefinition Rule => _rule.Definition;

    /// <summary>Gets the facts matched by the top-level <c>Match</c> elements, in element order, by reference.</summary>
    public IReadOnlyList<object> Facts => _facts ??= MatchedFacts();

    /// <summary>Gets the values computed by <c>Let</c> elements, by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values ??= Collect(SlotKind.Value);

    /// <summary>Gets every named top-level variable (matched facts, collected lists and computed values), by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _variables ??= Collect(null);

    /// <summary>Gets the results this firing yielded, in order.</summary>
    public IReadOnlyList<object> Results => _results.AsList();

    /// <summary>Gets the facts this firing inserted, in order.</summary>
    public IReadOnlyList<object> InsertedFacts => _inserted.AsList();

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

    private object[] MatchedFacts()
    {
        // Built on first read: the slots are this firing's own copy, so the matched facts cannot change meanwhile.
        var facts = new object[_rule.FactSlots.Length];
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i] = _slots[_rule.FactSlots[i]]!;
        }

        return facts;
    }

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

    /// <summary>An append-only sequence that holds its first element without allocating.</summary>
    private struct Output
    {
        private object? _first;
        private List<object>? _more;

        public void Add(object value)
        {
            if (_first is null)
            {
                _first = value;
                return;
            }

            _more ??= [_first];
            _more.Add(value);
        }

        public readonly IReadOnlyList<object> AsList() => _more ?? (_first is null ? [] : [_first]);
    }
}
