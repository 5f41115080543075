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
    // A batch creates millions of firings and reads few explanations: the firing keeps only what it needs to answer,
    // one output inline (nearly every firing yields or inserts exactly one object), and builds the rest on first read.
    private object? _firstOutput;
    private bool _firstIsResult;
    private List<(object Value, bool IsResult)>? _moreOutputs;
    private Explanation? _explanation;

    internal RuleFiring(CompiledRule rule, object?[] slots, int sequence)
    {
        _rule = rule;
        _slots = slots;
        Sequence = sequence;
    }

    /// <summary>Gets the definition (id and metadata) of the rule that fired.</summary>
    public RuleDefinition Rule => _rule.Definition;

    /// <summary>Gets the facts matched by the top-level <c>Match</c> elements, in element order, by reference.</summary>
    public IReadOnlyList<object> Facts => Explained.Facts ??= MatchedFacts();

    /// <summary>Gets the values computed by <c>Let</c> elements, by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Values => Explained.Values ??= Collect(SlotKind.Value);

    /// <summary>Gets every named top-level variable (matched facts, collected lists and computed values), by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Explained.Variables ??= Collect(null);

    /// <summary>Gets the results this firing yielded, in order.</summary>
    public IReadOnlyList<object> Results => Outputs(isResult: true);

    /// <summary>Gets the facts this firing inserted, in order.</summary>
    public IReadOnlyList<object> InsertedFacts => Outputs(isResult: false);

    /// <summary>Gets the position of this firing in the session (0-based).</summary>
    public int Sequence { get; }

    /// <summary>Gets the stratum the rule runs in (rules that test absence of a type run after all rules inserting it).</summary>
    public int Stratum => _rule.Stratum;

    internal void AddResult(object result) => AddOutput(result, isResult: true);

    internal void AddInserted(object fact) => AddOutput(fact, isResult: false);

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

    private Explanation Explained => _explanation ??= new Explanation();

    private void AddOutput(object value, bool isResult)
    {
        if (_firstOutput is null)
        {
            _firstOutput = value;
            _firstIsResult = isResult;
            return;
        }

        _moreOutputs ??= [(_firstOutput, _firstIsResult)];
        _moreOutputs.Add((value, isResult));
    }

    private object[] Outputs(bool isResult)
    {
        if (_moreOutputs is null)
        {
            return _firstOutput is not null && _firstIsResult == isResult ? [_firstOutput] : [];
        }

        return _moreOutputs.Where(o => o.IsResult == isResult).Select(o => o.Value).ToArray();
    }

    /// <summary>The parts of the explanation that are built when first read.</summary>
    private sealed class Explanation
    {
        public object[]? Facts { get; set; }

        public IReadOnlyDictionary<string, object?>? Values { get; set; }

        public IReadOnlyDictionary<string, object?>? Variables { get; set; }
    }
}
