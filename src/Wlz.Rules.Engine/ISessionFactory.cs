namespace Wlz.Rules.Engine;

/// <summary>A compiled rule set: immutable and thread-safe; creates sessions.</summary>
public interface ISessionFactory
{
    /// <summary>Gets the definitions of the compiled rules, in evaluation order (stratum, priority, id).</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Creates a session with default options.</summary>
    /// <returns>A new session.</returns>
    ISession CreateSession();

    /// <summary>Creates a session.</summary>
    /// <param name="options">The session options.</param>
    /// <returns>A new session.</returns>
    ISession CreateSession(SessionOptions options);

    /// <summary>Gets the stratum of a rule: rules that test the absence, presence or collection of a fact type run in a later stratum than every rule that can insert that type.</summary>
    /// <param name="ruleId">The id of the rule.</param>
    /// <returns>The 0-based stratum.</returns>
    int StratumOf(string ruleId);
}
