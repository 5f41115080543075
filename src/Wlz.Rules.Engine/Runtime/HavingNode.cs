namespace Wlz.Rules.Engine.Runtime;

/// <summary>Passes when conditions over the bound variables hold.</summary>
internal sealed class HavingNode(string text, (string Text, Func<object?[], bool> Check)[] conditions) : LhsNode(text)
{
    public override bool Run(Evaluator evaluator, LhsNode[] chain, int index)
    {
        var slots = evaluator.Slots;
        for (int i = 0; i < conditions.Length; i++)
        {
            if (!conditions[i].Check(slots))
            {
                return false;
            }
        }

        return evaluator.Next(chain, index);
    }

    public override (string Condition, IReadOnlyList<object> Candidates) Diagnose(WorkingMemory memory, object?[] slots)
    {
        foreach (var (conditionText, check) in conditions)
        {
            if (!check(slots))
            {
                return (conditionText, []);
            }
        }

        return (Text, []);
    }
}
