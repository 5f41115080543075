using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Compiles one rule: binds variables to slots, splits conditions into alpha, join-key and beta parts, and compiles delegates.</summary>
internal sealed class RuleCompiler
{
    internal static readonly ParameterExpression SlotsParameter = Expression.Parameter(typeof(object?[]), "slots");

    private static readonly MethodInfo BuildPatternMethod = typeof(RuleCompiler).GetMethod(nameof(BuildPattern), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly RuleDefinition _definition;
    private readonly List<MemorySpec> _memories;
    private readonly Dictionary<FieldInfo, string> _declared = [];
    private readonly Dictionary<FieldInfo, int> _bound = [];
    private readonly List<SlotInfo> _slots = [];
    private readonly List<int> _factSlots = [];
    private readonly List<int> _matchMemories = [];
    private readonly List<Type> _positive = [];
    private readonly List<(Type, string)> _negative = [];

    private RuleCompiler(RuleDefinition definition, List<MemorySpec> memories)
    {
        _definition = definition;
        _memories = memories;
    }

    public static CompiledRule Compile(RuleDefinition definition, Rule rule, List<MemorySpec> memories)
    {
        RuleBuilder builder;
        try
        {
            builder = rule.Capture();
        }
        catch (Exception exception) when (exception is not RuleCompilationException)
        {
            throw new RuleCompilationException(definition.Id, "Define()", $"Define() threw {exception.GetType().Name}: {exception.Message}", exception);
        }

        return new RuleCompiler(definition, memories).Compile(builder);
    }

    private CompiledRule Compile(RuleBuilder builder)
    {
        Declare(builder.Elements);
        var chain = CompileChain(builder.Elements, topLevel: true);
        var actions = builder.Actions.Select(CompileAction).ToArray();
        return new CompiledRule
        {
            Definition = _definition,
            Chain = chain,
            Slots = _slots.ToArray(),
            FactSlots = _factSlots.ToArray(),
            MatchMemories = _matchMemories.ToArray(),
            Actions = actions,
            PositiveTypes = _positive.Distinct().ToArray(),
            NegativeTypes = _negative.ToArray(),
            InsertTypes = builder.Actions.Where(a => a.Kind == ActionKind.Insert).Select(a => a.ValueType).Distinct().ToArray(),
        };
    }

    private RuleCompilationException Error(string expression, string reason, Exception? inner = null) =>
        new(_definition.Id, expression, reason, inner);

    private void Declare(IReadOnlyList<ElementSpec> elements)
    {
        foreach (var element in elements)
        {
            if (element.Alias is { } alias)
            {
                var field = AliasField(alias, element.Text);
                if (!_declared.TryAdd(field, field.Name))
                {
                    throw Error(element.Text, $"variable '{field.Name}' is bound more than once.");
                }
            }

            Declare(element.Group);
        }
    }

    private FieldInfo AliasField(LambdaExpression alias, string text)
    {
        if (alias.Body is MemberExpression { Member: FieldInfo field } && field.FieldType == alias.ReturnType)
        {
            return field;
        }

        throw Error(text, $"the binding '{ExpressionText.Of(alias)}' is not supported; bind a local variable of exactly the matched type, written as () => variable.");
    }

    private LhsNode[] CompileChain(IReadOnlyList<ElementSpec> elements, bool topLevel)
    {
        var nodes = new LhsNode[elements.Count];
        for (int i = 0; i < elements.Count; i++)
        {
            nodes[i] = CompileElement(elements[i], topLevel);
        }

        return nodes;
    }

    private LhsNode CompileElement(ElementSpec element, bool topLevel)
    {
        string text = element.Text;
        switch (element.Kind)
        {
            case ElementKind.Match:
            {
                int slot = NewSlot(element.Alias is null ? null : ExpressionText.AliasName(element.Alias), SlotKind.Fact, topLevel);
                int ordinal = topLevel ? _matchMemories.Count : -1;
                var node = CompilePattern(element, text, slot, ordinal, negated: false, out int memoryId);
                if (topLevel)
                {
                    _matchMemories.Add(memoryId);
                    _factSlots.Add(slot);
                    _positive.Add(element.FactType!);
                }
                else
                {
                    _negative.Add((element.FactType!, text));
                }

                Bind(element, slot);
                return node;
            }

            case ElementKind.Not:
            case ElementKind.Exists:
                _negative.Add((element.FactType!, text));
                return CompilePattern(element, text, -1, -1, element.Kind == ElementKind.Not, out _);

            case ElementKind.Collect:
            {
                int slot = NewSlot(ExpressionText.AliasName(element.Alias!), SlotKind.Collection, topLevel);
                _negative.Add((element.FactType!, text));
                var node = CompilePattern(element, text, slot, -1, negated: false, out _);
                Bind(element, slot);
                return node;
            }

            case ElementKind.NotGroup:
            case ElementKind.ExistsGroup:
            {
                if (element.Group.Count == 0)
                {
                    throw Error(text, "a group must contain at least one element.");
                }

                var scope = _bound.Keys.ToHashSet();
                var group = CompileChain(element.Group, topLevel: false);
                foreach (var field in _bound.Keys.Where(f => !scope.Contains(f)).ToList())
                {
                    _bound.Remove(field);
                }

                return new GroupNode(text, group, element.Kind == ElementKind.NotGroup);
            }

            case ElementKind.Let:
            {
                var body = Rewrite(element.Value!.Body, null, null, text);
                var value = Lambda<Func<object?[], object?>>(Boxed(body), text, SlotsParameter);
                int slot = NewSlot(ExpressionText.AliasName(element.Alias!), SlotKind.Value, topLevel);
                Bind(element, slot);
                return new LetNode(text, value, slot);
            }

            case ElementKind.Having:
            {
                var conditions = element.Conditions.Select(condition =>
                {
                    string conditionText = ExpressionText.Of(condition);
                    var body = Rewrite(condition.Body, null, null, conditionText);
                    return (conditionText, Lambda<Func<object?[], bool>>(body, conditionText, SlotsParameter));
                }).ToArray();
                return new HavingNode(text, conditions);
            }

            default:
                throw Error(text, $"element kind {element.Kind} is not supported.");
        }
    }

    private int NewSlot(string? name, SlotKind kind, bool topLevel)
    {
        _slots.Add(new SlotInfo(name, kind, topLevel));
        return _slots.Count - 1;
    }

    private void Bind(ElementSpec element, int slot)
    {
        if (element.Alias is { } alias)
        {
            _bound[(FieldInfo)((MemberExpression)alias.Body).Member] = slot;
        }
    }

    private LhsNode CompilePattern(ElementSpec element, string text, int slot, int ordinal, bool negated, out int memoryId)
    {
        var factType = element.FactType!;
        var candidate = Expression.Parameter(factType, "fact");
        var plan = new PatternPlan(candidate);
        foreach (var condition in element.Conditions)
        {
            string conditionText = ExpressionText.Of(condition);
            foreach (var conjunct in Conjuncts(condition.Body))
            {
                var rewritten = Rewrite(conjunct, condition.Parameters[0], candidate, conditionText);
                plan.Add(rewritten, ExpressionText.Of(Expression.Lambda(conjunct, condition.Parameters[0])));
            }
        }

        var keyType = plan.KeyType();
        object?[] arguments = [this, element.Kind, text, plan, slot, ordinal, negated, null];
        try
        {
            var node = (LhsNode)BuildPatternMethod.MakeGenericMethod(factType, keyType).Invoke(null, arguments)!;
            memoryId = (int)arguments[^1]!;
            return node;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            if (exception.InnerException is RuleCompilationException compilation)
            {
                throw compilation;
            }

            throw Error(text, $"the conditions cannot be compiled: {exception.InnerException.Message}", exception.InnerException);
        }
    }

    private static LhsNode BuildPattern<T, TKey>(RuleCompiler compiler, ElementKind kind, string text, PatternPlan plan, int slot, int ordinal, bool negated, out int memoryId)
        where TKey : struct
    {
        var candidate = plan.Candidate;
        var alpha = plan.Alpha.Count == 0 ? null : Expression.Lambda<Func<T, bool>>(AndAll(plan.Alpha), candidate).Compile();
        Func<T, TKey>? key = null;
        Func<object?[], TKey>? probe = null;
        if (plan.Keys.Count > 0)
        {
            var constructor = typeof(TKey).GetConstructor(plan.Keys.Select(k => k.Candidate.Type).ToArray())!;
            key = Expression.Lambda<Func<T, TKey>>(Expression.New(constructor, plan.Keys.Select(k => k.Candidate)), candidate).Compile();
            probe = Expression.Lambda<Func<object?[], TKey>>(Expression.New(constructor, plan.Keys.Select(k => k.Bound)), SlotsParameter).Compile();
        }

        var full = plan.Full.Count == 0 ? null : Expression.Lambda<Func<T, object?[], bool>>(AndAll(plan.Full), candidate, SlotsParameter).Compile();
        var residual = plan.Residual.Count == 0 ? null : Expression.Lambda<Func<T, object?[], bool>>(AndAll(plan.Residual), candidate, SlotsParameter).Compile();
        var checks = plan.Checks;
        memoryId = compiler.MemoryFor(new MemorySpec<T, TKey>(alpha, key));
        var parts = new PatternParts<T, TKey>
        {
            MemoryId = memoryId,
            Full = full,
            Residual = residual,
            ProbeKey = probe,
            Checks = new Lazy<IReadOnlyList<(string Text, Func<T, object?[], bool> Check)>>(
                () => checks.Select(c => (c.Text, Expression.Lambda<Func<T, object?[], bool>>(c.Body, candidate, SlotsParameter).Compile())).ToArray()),
        };
        return kind switch
        {
            ElementKind.Match => new MatchNode<T, TKey>(text, parts, slot, ordinal),
            ElementKind.Collect => new CollectNode<T, TKey>(text, parts, slot),
            _ => new ExistsNode<T, TKey>(text, parts, negated),
        };
    }

    private int MemoryFor(MemorySpec spec)
    {
        // Patterns without alpha conditions or join keys hold every fact of their type: one memory serves them all, so
        // a fact is stored once instead of once per rule that matches its type.
        if (spec.IsPlain)
        {
            for (int i = 0; i < _memories.Count; i++)
            {
                if (_memories[i].IsPlain && _memories[i].GetType() == spec.GetType())
                {
                    return i;
                }
            }
        }

        _memories.Add(spec);
        return _memories.Count - 1;
    }

    private CompiledAction CompileAction(ActionSpec action)
    {
        string text = ExpressionText.Of(action.Expression);
        var context = action.Expression.Parameters[0];
        var body = Rewrite(action.Expression.Body, null, null, text);
        if (action.Kind == ActionKind.Do)
        {
            return new CompiledAction(action.Kind, text, Lambda<Action<IContext, object?[]>>(body, text, context, SlotsParameter), null);
        }

        var produce = Lambda<Func<IContext, object?[], object?>>(Expression.Convert(body, typeof(object)), text, context, SlotsParameter);
        return new CompiledAction(action.Kind, text, null, produce);
    }

    private TDelegate Lambda<TDelegate>(Expression body, string text, params ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        try
        {
            return Expression.Lambda<TDelegate>(body, parameters).Compile();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw Error(text, $"the expression cannot be compiled: {exception.Message}", exception);
        }
    }

    private Expression Rewrite(Expression body, ParameterExpression? from, ParameterExpression? to, string text) =>
        new Rewriter(this, from, to, text).Visit(body);

    /// <summary>A <c>Let</c> value as an object; small integers and booleans share their boxes (see <see cref="SmallBoxes"/>).</summary>
    private static Expression Boxed(Expression body)
    {
        if (body.Type == typeof(int) || body.Type == typeof(bool))
        {
            var box = typeof(SmallBoxes).GetMethod(nameof(SmallBoxes.Box), [body.Type])!;
            return Expression.Call(box, body);
        }

        return Expression.Convert(body, typeof(object));
    }

    private static IEnumerable<Expression> Conjuncts(Expression body)
    {
        if (body.NodeType == ExpressionType.AndAlso && body is BinaryExpression { Method: null } and)
        {
            foreach (var left in Conjuncts(and.Left))
            {
                yield return left;
            }

            foreach (var right in Conjuncts(and.Right))
            {
                yield return right;
            }
        }
        else
        {
            yield return body;
        }
    }

    private static Expression AndAll(IReadOnlyList<Expression> conjuncts)
    {
        var result = conjuncts[0];
        for (int i = 1; i < conjuncts.Count; i++)
        {
            result = Expression.AndAlso(result, conjuncts[i]);
        }

        return result;
    }

    private static bool IsClosureField(FieldInfo field) =>
        field.DeclaringType is { } type && (type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains("DisplayClass", StringComparison.Ordinal));

    private static bool LooksUnbound(FieldInfo field, Expression? instance)
    {
        if (!IsClosureField(field) || field.IsStatic || !TryEvaluate(instance, out object? target) || target is null)
        {
            return false;
        }

        object? value = field.GetValue(target);
        var type = field.FieldType;
        if (value is null)
        {
            return true;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(decimal) || !type.IsValueType)
        {
            return false;
        }

        return value.Equals(Activator.CreateInstance(type));
    }

    private static bool TryEvaluate(Expression? expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field } member when TryEvaluate(member.Expression, out object? target) && (target is not null || field.IsStatic):
                value = field.GetValue(target);
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Rewrites bound-variable reads into slot reads and the condition parameter into the shared candidate parameter.</summary>
    private sealed class Rewriter(RuleCompiler compiler, ParameterExpression? from, ParameterExpression? to, string text) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            from is not null && node == from ? to! : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is FieldInfo field)
            {
                if (compiler._bound.TryGetValue(field, out int slot))
                {
                    return Expression.Convert(Expression.ArrayIndex(SlotsParameter, Expression.Constant(slot)), field.FieldType);
                }

                if (compiler._declared.TryGetValue(field, out string? name))
                {
                    throw compiler.Error(text, $"variable '{name}' is used before it is bound (or outside the group that binds it).");
                }

                if (LooksUnbound(field, node.Expression))
                {
                    throw compiler.Error(text, $"variable '{field.Name}' is never bound by Match, Collect or Let (a captured local with a null or default value is taken for an unbound variable).");
                }
            }

            return base.VisitMember(node);
        }
    }
}
