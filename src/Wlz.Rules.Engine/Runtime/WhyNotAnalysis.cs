using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>Finds the first element of a rule that no fact satisfied, by re-running the rule over every fact while tracking how deep it got.</summary>
internal static class WhyNotAnalysis
{
    public static WhyNotReport Analyse(CompiledRule rule, Evaluator evaluator, WorkingMemory memory)
    {
        var (low, high) = (evaluator.Low, evaluator.High);
        evaluator.Rule = rule;
        evaluator.Slots = new object?[rule.Slots.Length];
        evaluator.Low = new int[rule.MatchMemories.Length];
        evaluator.High = Enumerable.Repeat(int.MaxValue, rule.MatchMemories.Length).ToArray();
        evaluator.Recording = false;
        evaluator.Tracking = true;
        evaluator.Deepest = 0;
        evaluator.DeepestSlots = (object?[])evaluator.Slots.Clone();
        try
        {
            evaluator.Start(rule.Chain);
        }
        finally
        {
            evaluator.Recording = true;
            evaluator.Tracking = false;
            evaluator.Low = low;
            evaluator.High = high;
        }

        int index = Math.Min(evaluator.Deepest, rule.Chain.Length - 1);
        if (index < 0)
        {
            return new WhyNotReport(rule.Definition.Id, false, -1, string.Empty, string.Empty, []);
        }

        var node = rule.Chain[index];
        var (condition, candidates) = node.Diagnose(memory, evaluator.DeepestSlots!);
        return new WhyNotReport(rule.Definition.Id, false, index, node.Text, condition, candidates);
    }
}
