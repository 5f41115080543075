using NRules.RuleModel;
using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine;

/// <summary>
/// One firing of a rule and its explanation: which rule, which facts it matched (by reference), which values it
/// computed, and which facts it inserted. It is also the NRules <see cref="IContext"/> passed to the actions.
/// </summary>
/// <remarks>
/// An activation fires once and is never retracted, so the context supports inserting (<c>Insert</c>,
/// <c>InsertLinked</c>, which NRules.Fluent's <c>Yield</c> uses), <c>GetLinked</c> and <c>Resolve</c>. Update, retract
/// and halt are rejected when the rule set is compiled, and throw <see cref="NotSupportedException"/> if called otherwise.
/// </remarks>
public sealed class RuleFiring : IContext, IMatch
{
    private readonly CompiledRule _rule;
    private readonly object?[] _slots;
    private readonly Agenda _agenda;
    // A batch creates millions of firings and reads few explanations: the firing keeps only what it needs to answer,
    // one output inline (nearly every firing inserts exactly one fact), and builds the rest on first read.
    private object? _firstOutput;
    private List<object>? _moreOutputs;
    private Explanation? _explanation;

    internal RuleFiring(CompiledRule rule, object?[] slots, int sequence, Agenda agenda)
    {
        _rule = rule;
        _slots = slots;
        _agenda = agenda;
        Sequence = sequence;
    }

    /// <summary>Gets the id and metadata of the rule that fired.</summary>
    public RuleInfo Rule => _rule.Definition;

    /// <summary>Gets the facts matched by the top-level patterns, in element order, by reference.</summary>
    public IReadOnlyList<object> Facts => Explained.Facts ??= MatchedFacts();

    /// <summary>Gets the values computed by the top-level <c>Let</c> elements, by variable name.</summary>
    public IReadOnlyDictionary<string, object?> Values => Explained.Values ??= Collect(SlotKind.Value);

    /// <summary>Gets every top-level variable (facts, collections and values), by name.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Explained.Variables ??= Collect(null);

    /// <summary>Gets the facts this firing inserted (with <c>Yield</c> or <c>ctx.Insert</c>), in order.</summary>
    public IReadOnlyList<object> Results => _moreOutputs is not null ? _moreOutputs.ToArray() : _firstOutput is null ? [] : [_firstOutput];

    /// <summary>Gets the position of this firing in the session's firing order.</summary>
    public int Sequence { get; }

    /// <summary>Gets the stratum of the rule: the rules of lower strata fired before it.</summary>
    public int Stratum => _rule.Stratum;

    IRuleDefinition IContext.Rule => _rule.Definition.Model;

    IRuleDefinition IMatch.Rule => _rule.Definition.Model;

    IMatch IContext.Match => this;

    IEnumerable<IFactMatch> IMatch.Facts
    {
        get
        {
            for (int i = 0; i < _rule.FactSlots.Length; i++)
            {
                yield return new FactMatch(_rule.FactDeclarations[i], _slots[_rule.FactSlots[i]]);
            }
        }
    }

    MatchTrigger IMatch.Trigger => MatchTrigger.Created;

    CancellationToken IContext.CancellationToken => _agenda.CancellationToken;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Rule.Id}({string.Join(", ", Variables.Select(v => $"{v.Key} = {Format(v.Value)}"))})";

    void IContext.Insert(object fact) => _agenda.InsertFromAction(fact, this);

    void IContext.InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (object fact in facts)
        {
            _agenda.InsertFromAction(fact, this);
        }
    }

    bool IContext.TryInsert(object fact)
    {
        _agenda.InsertFromAction(fact, this);
        return true;
    }

    IReadOnlyCollection<object> IContext.GetLinkedKeys() => _explanation?.Linked is { } linked ? linked.Keys : [];

    object? IContext.GetLinked(object key) => _explanation?.Linked is { } linked && linked.TryGetValue(key, out var fact) ? fact : null;

    void IContext.InsertLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        (Explained.Linked ??= []).Add(key, fact);
        _agenda.InsertFromAction(fact, this);
    }

    void IContext.InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var (key, fact) in keyedFacts)
        {
            ((IContext)this).InsertLinked(key, fact);
        }
    }

    object IContext.Resolve(Type serviceType) => _agenda.Resolve(serviceType, this);

    void IContext.Halt() => throw NotSupported(nameof(IContext.Halt));

    void IContext.Update(object fact) => throw NotSupported(nameof(IContext.Update));

    void IContext.UpdateAll(IEnumerable<object> facts) => throw NotSupported(nameof(IContext.UpdateAll));

    bool IContext.TryUpdate(object fact) => throw NotSupported(nameof(IContext.TryUpdate));

    void IContext.Retract(object fact) => throw NotSupported(nameof(IContext.Retract));

    void IContext.RetractAll(IEnumerable<object> facts) => throw NotSupported(nameof(IContext.RetractAll));

    bool IContext.TryRetract(object fact) => throw NotSupported(nameof(IContext.TryRetract));

    void IContext.UpdateLinked(object key, object fact) => throw NotSupported(nameof(IContext.UpdateLinked));

    void IContext.UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw NotSupported(nameof(IContext.UpdateAllLinked));

    void IContext.RetractLinked(object key, object fact) => throw NotSupported(nameof(IContext.RetractLinked));

    void IContext.RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw NotSupported(nameof(IContext.RetractAllLinked));

    internal void AddResult(object result)
    {
        if (_firstOutput is null)
        {
            _firstOutput = result;
            return;
        }

        _moreOutputs ??= [_firstOutput];
        _moreOutputs.Add(result);
    }

    private NotSupportedException NotSupported(string method) =>
        new($"Rule '{Rule.Id}' called ctx.{method}(), which Wlz.Rules.Engine does not support while firing: facts are only inserted.");

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

    /// <summary>What a firing builds only when asked: its explanation, and the facts an action linked to it.</summary>
    private sealed class Explanation
    {
        public Dictionary<object, object>? Linked { get; set; }

        public object[]? Facts { get; set; }

        public IReadOnlyDictionary<string, object?>? Values { get; set; }

        public IReadOnlyDictionary<string, object?>? Variables { get; set; }
    }

    private sealed class FactMatch(Declaration declaration, object? value) : IFactMatch
    {
        public Declaration Declaration { get; } = declaration;

        public Type Type => Declaration.Type;

        public object? Value { get; } = value;

        public IFactSource? Source => null;
    }
}
