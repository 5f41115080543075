using System.Linq.Expressions;

namespace Wlz.Rules.Engine.Compilation;

internal enum ElementKind
{
    Match,
    Not,
    Exists,
    NotGroup,
    ExistsGroup,
    Collect,
    Let,
    Having,
}

/// <summary>One left-hand-side element of a rule model, in the form the compiler plans.</summary>
/// <remarks>
/// Conditions are NRules lambdas: each parameter names a declaration. The parameter named <see cref="Self"/> is the
/// candidate fact of the pattern; every other parameter must name a declaration bound by an earlier element.
/// </remarks>
internal sealed class ElementSpec
{
    public required ElementKind Kind { get; init; }

    public required string Text { get; init; }

    public Type? FactType { get; init; }

    /// <summary>Gets the declaration this element binds (a matched fact, a collection or a value), if any.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the name of the candidate parameter in <see cref="Conditions"/>.</summary>
    public string? Self { get; init; }

    /// <summary>Gets the NRules declaration of a top-level matched fact, for <c>IContext.Match</c>.</summary>
    public NRules.RuleModel.Declaration? Declaration { get; init; }

    public IReadOnlyList<LambdaExpression> Conditions { get; init; } = [];

    public IReadOnlyList<ElementSpec> Group { get; init; } = [];

    public LambdaExpression? Value { get; init; }
}

internal enum ActionKind
{
    Do,
    Yield,
}

/// <summary>
/// One right-hand-side action. A <see cref="ActionKind.Yield"/> is NRules.Fluent's <c>Yield</c>, recognised in its
/// linked-fact form and reduced to the expression that makes the fact: a firing here runs once, so it always inserts.
/// </summary>
internal sealed record ActionSpec(ActionKind Kind, LambdaExpression Expression, Type ValueType, string Text);
