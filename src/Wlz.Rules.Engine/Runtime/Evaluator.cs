using Wlz.Rules.Engine.Compilation;

namespace Wlz.Rules.Engine.Runtime;

/// <summary>The mutable state of one rule evaluation in one session; reused across evaluations.</summary>
internal sealed class Evaluator(Agenda agenda, FactMemory[] memories)
{
    public Agenda Agenda { get; } = agenda;

    public FactMemory[] Memories { get; } = memories;

    public CompiledRule Rule { get; set; } = null!;

    public object?[] Slots { get; set; } = [];

    /// <summary>Gets or sets the lowest admissible sequence number per top-level match (semi-naive evaluation).</summary>
    public int[] Low { get; set; } = [];

    /// <summary>Gets or sets the sequence number bound (exclusive) per top-level match.</summary>
    public int[] High { get; set; } = [];

    /// <summary>Gets or sets a value indicating whether matches are recorded as activations (false while diagnosing).</summary>
    public bool Recording { get; set; } = true;

    /// <summary>Gets or sets the deepest main-chain position reached (why-not diagnostics).</summary>
    public int Deepest { get; set; }

    /// <summary>Gets or sets the slots of the first partial match that reached <see cref="Deepest"/>.</summary>
    public object?[]? DeepestSlots { get; set; }

    public bool Tracking { get; set; }

    /// <summary>Continues with the element after <paramref name="index"/>; returns true when enumeration must stop.</summary>
    public bool Next(LhsNode[] chain, int index)
    {
        int next = index + 1;

        if (Tracking && ReferenceEquals(chain, Rule.Chain) && next > Deepest)
        {
            Deepest = next;
            DeepestSlots = (object?[])Slots.Clone();
        }

        if (next < chain.Length)
        {
            return Run(chain, next);
        }

        if (!ReferenceEquals(chain, Rule.Chain))
        {
            return true; // a group found a complete match: stop searching it
        }

        if (Recording)
        {
            Agenda.AddActivation(Rule, (object?[])Slots.Clone());
        }

        return false;
    }

    /// <summary>Runs a whole chain from its first element.</summary>
    public bool Start(LhsNode[] chain)
    {
        return chain.Length == 0 ? Next(chain, -1) : Run(chain, 0);
    }

    private bool Run(LhsNode[] chain, int index)
    {
        try
        {
            return chain[index].Run(this, chain, index);
        }
        catch (Exception exception) when (exception is not RuleEvaluationException)
        {
            // The innermost element that threw is named; the elements around it let the exception pass.
            throw new RuleEvaluationException(Rule.Definition.Id, chain[index].Text, -1, exception);
        }
    }
}
