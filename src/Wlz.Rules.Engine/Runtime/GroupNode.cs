namespace Wlz.Rules.Engine.Runtime;

/// <summary>Passes when a group of joined elements has a complete match (or, negated, when it has none).</summary>
internal sealed class GroupNode(string text, LhsNode[] group, bool negated) : LhsNode(text)
{
    public LhsNode[] Group { get; } = group;

    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        bool found = evaluator.Start(Group);
        return found == negated ? false : evaluator.Next(chain, index);
    }
}
