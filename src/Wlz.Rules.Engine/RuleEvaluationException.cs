namespace Wlz.Rules.Engine;

/// <summary>
/// A condition or action of a rule threw while a session was matching or firing. Names the rule, the element or action
/// (as text) and, in bulk evaluation, the position of the partition in the input; the original exception is the inner one.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public RuleEvaluationException()
        : this("A rule failed while it was evaluated.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleEvaluationException(string message)
        : base(message)
    {
        RuleId = string.Empty;
        Element = string.Empty;
        PartitionIndex = -1;
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception the rule threw.</param>
    public RuleEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
        Element = string.Empty;
        PartitionIndex = -1;
    }

    /// <summary>Initializes a new instance for a rule element or action that threw.</summary>
    /// <param name="ruleId">The id of the rule.</param>
    /// <param name="element">The element or action, as text.</param>
    /// <param name="partitionIndex">The position of the partition in the bulk input, or -1 when not known.</param>
    /// <param name="innerException">The exception the rule threw.</param>
    public RuleEvaluationException(string ruleId, string element, long partitionIndex, Exception innerException)
        : base(Compose(ruleId, element, partitionIndex, innerException), innerException)
    {
        RuleId = ruleId;
        Element = element;
        PartitionIndex = partitionIndex;
    }

    /// <summary>Gets the id of the rule that failed.</summary>
    public string RuleId { get; }

    /// <summary>Gets the element (condition, pattern) or action that threw, as text.</summary>
    public string Element { get; }

    /// <summary>Gets the position of the partition in the bulk input, or -1 when the session was used directly.</summary>
    public long PartitionIndex { get; }

    /// <summary>Returns the same failure with the partition's position filled in.</summary>
    /// <param name="partitionIndex">The position of the partition in the input.</param>
    /// <returns>A new exception with the same rule, element and inner exception.</returns>
    public RuleEvaluationException AtPartition(long partitionIndex) =>
        new(RuleId, Element, partitionIndex, InnerException!);

    private static string Compose(string ruleId, string element, long partitionIndex, Exception inner) =>
        $"Rule '{ruleId}' failed{(partitionIndex >= 0 ? $" on partition {partitionIndex}" : string.Empty)} in '{element}': {inner.GetType().Name}: {inner.Message}";
}
