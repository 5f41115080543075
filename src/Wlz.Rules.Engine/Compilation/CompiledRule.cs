using NRules.RuleModel;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine.Compilation;

internal enum SlotKind
{
    Fact,
    Collection,
    Value,
}

/// <summary>A variable of a compiled rule: where a matched fact, collection or computed value is stored.</summary>
internal sealed record SlotInfo(string? Name, SlotKind Kind, bool TopLevel);

/// <summary>A compiled right-hand-side action.</summary>
internal sealed class CompiledAction(ActionKind kind, string text, Action<IContext, object?[]>? run, Func<IContext, object?[], object?>? produce)
{
    public ActionKind Kind { get; } = kind;

    public string Text { get; } = text;

    public Action<IContext, object?[]>? Run { get; } = run;

    public Func<IContext, object?[], object?>? Produce { get; } = produce;
}

/// <summary>A rule compiled to an evaluation plan; immutable and shared by all sessions.</summary>
internal sealed class CompiledRule
{
    public required RuleInfo Definition { get; init; }

    public required LhsNode[] Chain { get; init; }

    public required SlotInfo[] Slots { get; init; }

    /// <summary>Gets the slots of the top-level <c>Match</c> elements, in element order.</summary>
    public required int[] FactSlots { get; init; }

    /// <summary>Gets the NRules declarations of the top-level <c>Match</c> elements, aligned with <see cref="FactSlots"/>.</summary>
    public required Declaration[] FactDeclarations { get; init; }

    /// <summary>Gets the memory of each top-level <c>Match</c>, by match ordinal.</summary>
    public required int[] MatchMemories { get; init; }

    public required CompiledAction[] Actions { get; init; }

    /// <summary>Gets the fact types matched positively at top level.</summary>
    public required Type[] PositiveTypes { get; init; }

    /// <summary>Gets the fact types tested by Not, Exists, Collect or groups, with the text of the element.</summary>
    public required (Type Type, string Text)[] NegativeTypes { get; init; }

    /// <summary>Gets the fact types the rule can insert.</summary>
    public required Type[] InsertTypes { get; init; }

    public int Index { get; set; }

    public int Stratum { get; set; }
}
