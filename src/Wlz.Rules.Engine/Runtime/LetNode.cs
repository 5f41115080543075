namespace Wlz.Rules.Engine.Runtime;

/// <summary>Computes a value from the bound variables and stores it in a slot.</summary>
internal sealed class LetNode(string text, Func<object?[], object?> value, int slot) : LhsNode(text)
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        evaluator.Slots[slot] = value(evaluator.Slots);
        return evaluator.Next(chain, index);
    }
}
