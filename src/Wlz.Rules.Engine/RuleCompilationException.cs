namespace Wlz.Rules.Engine;

/// <summary>Thrown when a rule cannot be compiled; names the rule and the offending expression.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Initializes a new instance with a message only.</summary>
    public RuleCompilationException()
        : this(string.Empty, string.Empty, "The rule cannot be compiled.")
    {
    }

    /// <summary>Initializes a new instance with a message only.</summary>
    /// <param name="message">The message.</param>
    public RuleCompilationException(string message)
        : this(string.Empty, string.Empty, message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Initializes a new instance for a rule and an expression.</summary>
    /// <param name="ruleId">The id of the rule (or rules) that cannot compile.</param>
    /// <param name="expression">The text of the offending expression.</param>
    /// <param name="reason">Why the expression cannot compile.</param>
    public RuleCompilationException(string ruleId, string expression, string reason)
        : base(string.IsNullOrEmpty(ruleId) ? reason : $"Rule '{ruleId}' cannot be compiled: {reason} Expression: {expression}")
    {
        RuleId = ruleId;
        Expression = expression;
    }

    /// <summary>Initializes a new instance for a rule and an expression, with the underlying cause.</summary>
    /// <param name="ruleId">The id of the rule that cannot compile.</param>
    /// <param name="expression">The text of the offending expression.</param>
    /// <param name="reason">Why the expression cannot compile.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string ruleId, string expression, string reason, Exception? innerException)
        : base($"Rule '{ruleId}' cannot be compiled: {reason} Expression: {expression}", innerException)
    {
        RuleId = ruleId;
        Expression = expression;
    }

    /// <summary>Gets the id of the rule that cannot compile.</summary>
    public string RuleId { get; }

    /// <summary>Gets the text of the offending expression.</summary>
    public string Expression { get; }
}
