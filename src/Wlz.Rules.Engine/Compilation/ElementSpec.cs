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

/// <summary>One left-hand-side element as written in <c>Define</c>, before compilation.</summary>
internal sealed class ElementSpec
{
    public required ElementKind Kind { get; init; }

    public Type? FactType { get; init; }

    public LambdaExpression? Alias { get; init; }

    public IReadOnlyList<LambdaExpression> Conditions { get; init; } = [];

    public IReadOnlyList<ElementSpec> Group { get; init; } = [];

    public LambdaExpression? Value { get; init; }

    public string Text => ExpressionText.Element(this);
}

internal enum ActionKind
{
    Do,
    Insert,
    Yield,
}

/// <summary>One right-hand-side action as written in <c>Define</c>.</summary>
internal sealed record ActionSpec(ActionKind Kind, LambdaExpression Expression, Type ValueType);
