namespace Wlz.Rules.Engine.Diagnostics;

/// <summary>Receives session events; override the methods of interest. Set it through <see cref="SessionOptions.Listener"/>.</summary>
public abstract class SessionListener
{
    /// <summary>Called when a fact enters the working memory: user facts when the session fires, derived facts when inserted.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="insertedBy">The firing that inserted it, or <see langword="null"/> for a fact inserted by the caller.</param>
    public virtual void FactInserted(object fact, RuleFiring? insertedBy)
    {
    }

    /// <summary>Called after a rule fired and all its actions ran.</summary>
    /// <param name="firing">The firing.</param>
    public virtual void RuleFired(RuleFiring firing)
    {
    }
}
