namespace Wlz.Rules.Engine.Runtime;

/// <summary>One compiled left-hand-side element; shared by all sessions of a factory (immutable).</summary>
internal abstract class LhsNode(string text)
{
    /// <summary>Gets the text of the element as written in the rule.</summary>
    public string Text { get; } = text;

    /// <summary>Extends the current partial match in every possible way and continues with the next element.</summary>
    /// <returns>True when enumeration must stop.</returns>
    public abstract bool Run(Evaluator evaluator, LhsNode[] chain, int index);

    /// <summary>Explains why no partial match passes this element, given one partial match that reached it.</summary>
    public virtual (string Condition, IReadOnlyList<object> Candidates) Diagnose(WorkingMemory memory, object?[] slots) => (Text, []);
}
