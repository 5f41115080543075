using System.Linq.Expressions;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>The conditions of one pattern, split into single-fact (alpha), equality-join key and remaining (beta) parts.</summary>
internal sealed class PatternPlan(ParameterExpression candidate)
{
    private const int MaxKeys = 7;

    public ParameterExpression Candidate { get; } = candidate;

    public List<Expression> Alpha { get; } = [];

    public List<(Expression Candidate, Expression Bound)> Keys { get; } = [];

    /// <summary>Gets every condition that reads bound variables, join equalities included.</summary>
    public List<Expression> Full { get; } = [];

    /// <summary>Gets the conditions that read bound variables and are not join keys.</summary>
    public List<Expression> Residual { get; } = [];

    public List<(string Text, Expression Body)> Checks { get; } = [];

    public void Add(Expression conjunct, string text)
    {
        Checks.Add((text, conjunct));
        var (usesCandidate, usesSlots) = Uses(conjunct);
        if (!usesSlots)
        {
            Alpha.Add(conjunct);
            return;
        }

        Full.Add(conjunct);
        if (Keys.Count < MaxKeys && TryJoin(conjunct, out var candidateSide, out var boundSide))
        {
            Keys.Add((candidateSide, boundSide));
        }
        else
        {
            Residual.Add(conjunct);
        }

        _ = usesCandidate;
    }

    public Type KeyType()
    {
        var types = Keys.Select(k => k.Candidate.Type).ToArray();
        return types.Length switch
        {
            0 => typeof(ValueTuple),
            1 => typeof(ValueTuple<>).MakeGenericType(types),
            2 => typeof(ValueTuple<,>).MakeGenericType(types),
            3 => typeof(ValueTuple<,,>).MakeGenericType(types),
            4 => typeof(ValueTuple<,,,>).MakeGenericType(types),
            5 => typeof(ValueTuple<,,,,>).MakeGenericType(types),
            6 => typeof(ValueTuple<,,,,,>).MakeGenericType(types),
            _ => typeof(ValueTuple<,,,,,,>).MakeGenericType(types),
        };
    }

    private bool TryJoin(Expression conjunct, out Expression candidateSide, out Expression boundSide)
    {
        candidateSide = boundSide = conjunct;
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type)
        {
            return false;
        }

        var type = equal.Left.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(float) || underlying == typeof(double))
        {
            return false; // NaN == NaN is false, but NaN.Equals(NaN) is true
        }

        if (equal.Method is null ? !type.IsValueType : equal.Method.Name != "op_Equality")
        {
            return false; // reference equality of classes may differ from Equals, which the hash index uses
        }

        var left = Uses(equal.Left);
        var right = Uses(equal.Right);
        if (left is (true, false) && right is (false, true))
        {
            (candidateSide, boundSide) = (equal.Left, equal.Right);
            return true;
        }

        if (left is (false, true) && right is (true, false))
        {
            (candidateSide, boundSide) = (equal.Right, equal.Left);
            return true;
        }

        return false;
    }

    private (bool Candidate, bool Slots) Uses(Expression expression)
    {
        var finder = new ParameterFinder(Candidate);
        finder.Visit(expression);
        return (finder.UsesCandidate, finder.UsesSlots);
    }

    private sealed class ParameterFinder(ParameterExpression candidate) : ExpressionVisitor
    {
        public bool UsesCandidate { get; private set; }

        public bool UsesSlots { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            UsesCandidate |= node == candidate;
            UsesSlots |= node == RuleCompiler.SlotsParameter;
            return node;
        }
    }
}
