using System.Diagnostics;
using Wlz.Rules.Engine.Compilation;
using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>Counts, per rule, evaluations, activations and firings and the time they took; only when statistics are asked for.</summary>
internal sealed class SessionStatistics(int rules)
{
    private readonly long[] _evaluations = new long[rules];
    private readonly long[] _activations = new long[rules];
    private readonly long[] _firings = new long[rules];
    private readonly long[] _ticks = new long[rules];

    public void Evaluated(CompiledRule rule) => _evaluations[rule.Index]++;

    public void Activated(CompiledRule rule) => _activations[rule.Index]++;

    public void Fired(CompiledRule rule) => _firings[rule.Index]++;

    public long Start() => Stopwatch.GetTimestamp();

    public void Stop(CompiledRule rule, long started) => _ticks[rule.Index] += Stopwatch.GetTimestamp() - started;

    public RuleStatistics[] ToArray(CompiledRule[] rules)
    {
        var statistics = new RuleStatistics[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            statistics[i] = new RuleStatistics(rules[i].Definition, _evaluations[i], _activations[i], _firings[i], Stopwatch.GetElapsedTime(0, _ticks[i]));
        }

        return statistics;
    }

    public void Clear()
    {
        Array.Clear(_evaluations);
        Array.Clear(_activations);
        Array.Clear(_firings);
        Array.Clear(_ticks);
    }
}
