using System.Linq.Expressions;
using System.Reflection;
using Wlz.Rules.Engine.Runtime;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>Compiles one rule: binds variables to slots, splits conditions into alpha, join-key and beta parts, and compiles delegates.</summary>
internal sealed class RuleCompiler
{
    internal static readonly ParameterExpression SlotsParameter = Expression.Parameter(typeof(object?[]), "slots");

    private static readonly MethodInfo BuildPatternMethod = typeof(RuleCompiler).GetMethod(nameof(BuildPattern), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly RuleInfo _definition;
    private readonly List<MemorySpec> _memories;
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bound = new(StringComparer.Ordinal);
    private readonly List<SlotInfo> _slots = [];
    private readonly List<int> _factSlots = [];
    private readonly List<NRules.RuleModel.Declaration> _factDeclarations = [];
    private readonly List<int> _matchMemories = [];
    private readonly List<Type> _positive = [];
    private readonly List<(Type, string)> _negative = [];
    private Dictionary<string, Type> _dependencies = [];

    private RuleCompiler(RuleInfo definition, List<MemorySpec> memories)
    {
        _definition = definition;
        _memories = memories;
    }

    public static CompiledRule Compile(RuleInfo definition, List<MemorySpec> memories)
    {
        var model = RuleModelReader.Read(definition);
        return new RuleCompiler(definition, memories).Compile(model);
    }

    private CompiledRule Compile(RuleModelReader model)
    {
        _dependencies = model.Dependencies;
        Declare(model.Elements);
        var chain = CompileChain(model.Elements, topLevel: true);
        var actions = model.Actions.Select(CompileAction).ToArray();
        return new CompiledRule
        {
            Definition = _definition,
            Chain = chain,
            Slots = _slots.ToArray(),
            FactSlots = _factSlots.ToArray(),
            FactDeclarations = _factDeclarations.ToArray(),
            MatchMemories = _matchMemories.ToArray(),
            Actions = actions,
            PositiveTypes = _positive.Distinct().ToArray(),
            NegativeTypes = _negative.ToArray(),
            InsertTypes = model.InsertTypes.Distinct().ToArray(),
        };
    }

    private RuleCompilationException Error(string expression, string reason, Exception? inner = null) =>
        new(_definition.Id, expression, reason, inner);

    private void Declare(IReadOnlyList<ElementSpec> elements)
    {
        foreach (var element in elements)
        {
            if (element.Name is { } name && !_declared.Add(name))
            {
                throw Error(element.Text, $"variable '{name}' is bound more than once.");
            }

            Declare(element.Group);
        }
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
                int slot = NewSlot(element.Name, SlotKind.Fact, topLevel);
                int ordinal = topLevel ? _matchMemories.Count : -1;
                var node = CompilePattern(element, text, slot, ordinal, negated: false, out int memoryId);
                if (topLevel)
                {
                    _matchMemories.Add(memoryId);
                    _factSlots.Add(slot);
                    _factDeclarations.Add(element.Declaration!);
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
                int slot = NewSlot(element.Name, SlotKind.Collection, topLevel);
                _negative.Add((element.FactType!, text));
                var node = CompilePattern(element, text, slot, -1, negated: false, out _);
                Bind(element, slot);
                return node;
            }

            case ElementKind.NotGroup:
            case ElementKind.ExistsGroup:
            {
                var scope = _bound.Keys.ToHashSet(StringComparer.Ordinal);
                var group = CompileChain(element.Group, topLevel: false);
                foreach (var name in _bound.Keys.Where(f => !scope.Contains(f)).ToList())
                {
                    _bound.Remove(name);
                }

                return new GroupNode(text, group, element.Kind == ElementKind.NotGroup);
            }

            case ElementKind.Let:
            {
                var body = Rewrite(element.Value!.Body, null, null, text);
                var value = Lambda<Func<object?[], object?>>(Boxed(body), text, SlotsParameter);
                int slot = NewSlot(element.Name, SlotKind.Value, topLevel);
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
        if (element.Name is { } name)
        {
            _bound[name] = slot;
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
                var rewritten = Rewrite(conjunct, element.Self, candidate, conditionText);
                plan.Add(rewritten, ExpressionText.Of(Expression.Lambda(conjunct, condition.Parameters)));
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
        memoryId = compiler.MemoryFor(new MemorySpec<T, TKey>(alpha, key) { RuleId = compiler._definition.Id, Element = text });
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
            _ when negated => new NotNode<T, TKey>(text, parts),
            _ => new ExistsNode<T, TKey>(text, parts),
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
        string text = action.Text;
        var context = action.Expression.Parameters[0];
        var body = new Rewriter(this, null, null, text, context).Visit(action.Expression.Body)!;
        if (action.Kind == ActionKind.Do)
        {
            return new CompiledAction(action.Kind, text, Lambda<Action<NRules.RuleModel.IContext, object?[]>>(body, text, context, SlotsParameter), null);
        }

        var produce = Lambda<Func<NRules.RuleModel.IContext, object?[], object?>>(Expression.Convert(body, typeof(object)), text, context, SlotsParameter);
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

    private Expression Rewrite(Expression body, string? self, ParameterExpression? candidate, string text) =>
        new Rewriter(this, self, candidate, text, null).Visit(body)!;

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

    /// <summary>
    /// Rewrites the declarations an expression reads into slot reads, the pattern's own declaration into the shared
    /// candidate parameter, and a dependency into a resolve through the action's context.
    /// </summary>
    private sealed class Rewriter(RuleCompiler compiler, string? self, ParameterExpression? candidate, string text, ParameterExpression? context) : ExpressionVisitor
    {
        private static readonly MethodInfo Resolve = typeof(NRules.RuleModel.IContext).GetMethod(nameof(NRules.RuleModel.IContext.Resolve))!;

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node == context)
            {
                return node;
            }

            string name = node.Name ?? string.Empty;
            if (self is not null && name == self)
            {
                return candidate!;
            }

            if (compiler._bound.TryGetValue(name, out int slot))
            {
                return Expression.Convert(Expression.ArrayIndex(SlotsParameter, Expression.Constant(slot)), node.Type);
            }

            if (context is not null && compiler._dependencies.TryGetValue(name, out var service))
            {
                return Expression.Convert(Expression.Call(context, Resolve, Expression.Constant(service)), node.Type);
            }

            if (compiler._declared.Contains(name))
            {
                throw compiler.Error(text, $"variable '{name}' is used before it is bound (or outside the group that binds it).");
            }

            // Parameters of lambdas nested in the expression (e.g. a LINQ predicate) are not declarations.
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var inner = new Rewriter(compiler, self, candidate, text, context) { Nested = [.. Nested, .. node.Parameters] };
            return node.Update(inner.Visit(node.Body)!, node.Parameters);
        }

        private ParameterExpression[] Nested { get; init; } = [];

        public override Expression? Visit(Expression? node) =>
            node is ParameterExpression parameter && Array.IndexOf(Nested, parameter) >= 0 ? parameter : base.Visit(node);
    }
}
