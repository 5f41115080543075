using Wlz.Rules.Engine.Diagnostics;

namespace Wlz.Rules.Engine;

/// <summary>
/// A working memory of facts for one evaluation. Not thread-safe: use one session per thread (sessions are cheap to
/// create from an <see cref="ISessionFactory"/> and can be reused with <see cref="Reset"/>).
/// </summary>
public interface ISession
{
    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="InvalidOperationException">The session has fired; call <see cref="Reset"/> first.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="InvalidOperationException">The session has fired; call <see cref="Reset"/> first.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Removes a previously inserted fact (compared by reference) before the session fires.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was found and removed.</returns>
    /// <exception cref="InvalidOperationException">The session has fired; call <see cref="Reset"/> first.</exception>
    bool Retract(object fact);

    /// <summary>Evaluates the rules to a fixpoint; each activation (rule and tuple of facts) fires at most once.</summary>
    /// <returns>The yielded results and explanations.</returns>
    /// <exception cref="InvalidOperationException">The session has already fired; call <see cref="Reset"/> first.</exception>
    FireResult Fire();

    /// <summary>Explains why a rule did not fire, after <see cref="Fire"/>.</summary>
    /// <param name="ruleId">The id of the rule.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">The session has not fired yet.</exception>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    WhyNotReport WhyNot(string ruleId);

    /// <summary>Removes all facts and results so the session can be reused for another evaluation.</summary>
    void Reset();
}
