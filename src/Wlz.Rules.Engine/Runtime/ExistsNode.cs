namespace Wlz.Rules.Engine.Runtime;

/// <summary>Passes when a fact passes the conditions.</summary>
internal sealed class ExistsNode<T, TKey>(string text, PatternParts<T, TKey> parts) : PatternNode<T, TKey>(text, parts)
    where TKey : struct
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index) =>
        AnyMatch(evaluator) && evaluator.Next(chain, index);
}
