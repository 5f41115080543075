using System.Linq.Expressions;
using NRules.RuleModel;

namespace Wlz.Rules.Engine.Compilation;

/// <summary>
/// Reads an NRules rule model (<see cref="IRuleDefinition"/>) into the elements and actions the compiler plans, and
/// rejects, naming the rule and the element, every part of the model this executor does not run.
/// </summary>
/// <remarks>
/// Supported: patterns with conditions and joins on earlier declarations, <c>Not</c> and <c>Exists</c> over a pattern or
/// an <c>And</c> group, the <c>Collect</c> aggregate, bindings (<c>Let</c>), conditions on a collection or binding
/// (<c>Having</c>), nested <c>And</c>, dependencies, and actions that run on activation (<c>Do</c>, <c>Yield</c>,
/// <c>ctx.Insert</c>). Rejected at compile time: <c>Or</c>, <c>ForAll</c>, aggregates other than <c>Collect</c>, agenda
/// filters, <c>Undo</c> actions, and actions that update, retract or halt.
/// </remarks>
internal sealed class RuleModelReader
{
    private static readonly HashSet<string> InsertMethods = new(StringComparer.Ordinal)
    {
        nameof(IContext.Insert), nameof(IContext.TryInsert), nameof(IContext.InsertAll), nameof(IContext.InsertLinked), nameof(IContext.InsertAllLinked),
    };

    private static readonly HashSet<string> RejectedMethods = new(StringComparer.Ordinal)
    {
        nameof(IContext.Update), nameof(IContext.UpdateAll), nameof(IContext.TryUpdate),
        nameof(IContext.Retract), nameof(IContext.RetractAll), nameof(IContext.TryRetract),
        nameof(IContext.UpdateLinked), nameof(IContext.UpdateAllLinked), nameof(IContext.RetractLinked), nameof(IContext.RetractAllLinked),
        nameof(IContext.Halt),
    };

    private readonly RuleInfo _info;

    private RuleModelReader(RuleInfo info) => _info = info;

    public List<ElementSpec> Elements { get; } = [];

    public List<ActionSpec> Actions { get; } = [];

    public Dictionary<string, Type> Dependencies { get; } = new(StringComparer.Ordinal);

    public List<Type> InsertTypes { get; } = [];

    public static RuleModelReader Read(RuleInfo info)
    {
        var reader = new RuleModelReader(info);
        reader.ReadModel(info.Model);
        return reader;
    }

    private RuleCompilationException Error(string element, string reason) => new(_info.Id, element, reason);

    private void ReadModel(IRuleDefinition model)
    {
        if (model.FilterGroup is { Filters.Count: > 0 } filters)
        {
            throw Error(filters.Filters[0].FilterType + " filter", "agenda filters (Filter().OnChange/Where) are not supported by this executor; express the condition in the left-hand side.");
        }

        foreach (var dependency in model.DependencyGroup?.Dependencies ?? [])
        {
            Dependencies[dependency.Declaration.Name] = dependency.ServiceType;
        }

        if (model.LeftHandSide is not AndElement and)
        {
            throw Error(model.LeftHandSide.ElementType.ToString(), "the left-hand side must be an And group.");
        }

        ReadGroup(and, Elements, topLevel: true);
        foreach (var action in model.RightHandSide.Actions)
        {
            ReadAction(action);
        }
    }

    private void ReadGroup(GroupElement group, List<ElementSpec> into, bool topLevel)
    {
        foreach (var child in group.ChildElements)
        {
            switch (child)
            {
                case AndElement and:
                    ReadGroup(and, into, topLevel);
                    break;
                case PatternElement pattern:
                    ReadPattern(pattern, into);
                    break;
                case NotElement not:
                    into.Add(Negation(not.Source, negated: true));
                    break;
                case ExistsElement exists:
                    into.Add(Negation(exists.Source, negated: false));
                    break;
                case OrElement:
                    throw Error("Or(...)", "Or groups are not supported by this executor; write one rule per alternative (NRules compiles Or into such rules too).");
                case ForAllElement:
                    throw Error("All(...)", "ForAll is not supported by this executor; write it as Not<T>(x => !condition).");
                default:
                    throw Error(child.ElementType.ToString(), $"element type {child.ElementType} is not supported by this executor.");
            }
        }
    }

    private ElementSpec Negation(RuleElement source, bool negated)
    {
        string keyword = negated ? "Not" : "Exists";
        switch (source)
        {
            case PatternElement { Source: null } pattern:
                return Pattern(negated ? ElementKind.Not : ElementKind.Exists, pattern, name: null, $"{keyword}{PatternText(pattern)}");
            case AndElement and:
            {
                var group = new List<ElementSpec>();
                ReadGroup(and, group, topLevel: false);
                if (group.Count == 0)
                {
                    throw Error($"{keyword}(group)", "a group must contain at least one element.");
                }

                return new ElementSpec
                {
                    Kind = negated ? ElementKind.NotGroup : ElementKind.ExistsGroup,
                    Text = $"{keyword}({string.Join(", ", group.Select(g => g.Text))})",
                    Group = group,
                };
            }

            default:
                throw Error($"{keyword}({source.ElementType})", $"{keyword} over {source.ElementType} is not supported; use a pattern or an And group.");
        }
    }

    private void ReadPattern(PatternElement pattern, List<ElementSpec> into)
    {
        string name = pattern.Declaration.Name;
        switch (pattern.Source)
        {
            case null:
                into.Add(Pattern(ElementKind.Match, pattern, name, $"Match{PatternText(pattern)}"));
                return;
            case BindingElement binding:
                into.Add(new ElementSpec
                {
                    Kind = ElementKind.Let,
                    Text = $"Let({name}, {ExpressionText.Of(binding.Expression)})",
                    FactType = pattern.ValueType,
                    Name = name,
                    Value = binding.Expression,
                });
                AddHaving(pattern, into);
                return;
            case AggregateElement aggregate:
                into.Add(Collect(pattern, aggregate));
                AddHaving(pattern, into);
                return;
            default:
                throw Error(pattern.Source.ElementType.ToString(), $"a pattern from {pattern.Source.ElementType} is not supported by this executor.");
        }
    }

    private ElementSpec Collect(PatternElement pattern, AggregateElement aggregate)
    {
        var source = aggregate.Source;
        string text = $"Query({pattern.Declaration.Name}, Match{PatternText(source)}.{aggregate.Name}())";
        if (aggregate.Name != AggregateElement.CollectName || aggregate.CustomFactoryType is not null)
        {
            throw Error(text, $"the {aggregate.Name} aggregate is not supported by this executor; only Collect() is.");
        }

        if (aggregate.Expressions.Count > 0)
        {
            throw Error(text, $"Collect with {string.Join(", ", aggregate.Expressions.Select(e => e.Name))} (ordering or lookup) is not supported by this executor.");
        }

        if (source.Source is not null)
        {
            throw Error(text, "Collect over a From or aggregate source is not supported; collect a fact pattern.");
        }

        var arrayType = source.ValueType.MakeArrayType();
        if (!pattern.ValueType.IsAssignableFrom(arrayType))
        {
            throw Error(text, $"the collection is declared as {ExpressionText.TypeName(pattern.ValueType)}; this executor binds IEnumerable<{ExpressionText.TypeName(source.ValueType)}>.");
        }

        return Pattern(ElementKind.Collect, source, pattern.Declaration.Name, text);
    }

    private void AddHaving(PatternElement pattern, List<ElementSpec> into)
    {
        var conditions = pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName).Select(e => e.Expression).ToArray();
        if (conditions.Length > 0)
        {
            into.Add(new ElementSpec
            {
                Kind = ElementKind.Having,
                Text = $"Having({string.Join(", ", conditions.Select(ExpressionText.Of))})",
                Conditions = conditions,
            });
        }
    }

    private ElementSpec Pattern(ElementKind kind, PatternElement pattern, string? name, string text)
    {
        var unknown = pattern.Expressions.FirstOrDefault(e => e.Name != PatternElement.ConditionName);
        if (unknown is not null)
        {
            throw Error(text, $"pattern expression '{unknown.Name}' is not supported by this executor.");
        }

        return new ElementSpec
        {
            Kind = kind,
            Text = text,
            FactType = pattern.ValueType,
            Name = name,
            Self = pattern.Declaration.Name,
            Declaration = kind == ElementKind.Match ? pattern.Declaration : null,
            Conditions = pattern.Expressions.Select(e => e.Expression).ToArray(),
        };
    }

    private static string PatternText(PatternElement pattern)
    {
        var parts = pattern.Expressions.Select(e => ExpressionText.Of(e.Expression)).ToList();
        return $"<{ExpressionText.TypeName(pattern.ValueType)}>({string.Join(", ", parts)})";
    }

    private void ReadAction(ActionElement action)
    {
        var lambda = action.Expression;
        string text = ExpressionText.Of(lambda);
        if ((action.ActionTrigger & ActionTrigger.Activated) == 0)
        {
            throw Error(text, $"actions triggered on {action.ActionTrigger} (Undo) are not supported: a firing of this executor is never retracted.");
        }

        if (lambda.Parameters.Count == 0 || lambda.Parameters[0].Type != typeof(IContext))
        {
            throw Error(text, "an action's first parameter must be the IContext.");
        }

        if (TryReadYield(lambda, out var produce))
        {
            var yielded = Expression.Lambda(produce, lambda.Parameters);
            Actions.Add(new ActionSpec(ActionKind.Yield, yielded, produce.Type, $"Yield({ExpressionText.Of(yielded)})"));
            InsertTypes.Add(produce.Type);
            return;
        }

        var calls = new ContextCalls(lambda.Parameters[0]);
        calls.Visit(lambda.Body);
        if (calls.Rejected is { } rejected)
        {
            throw Error(text, $"ctx.{rejected}() while firing is not supported by this executor: facts are only inserted (Yield, Insert); update or retract them in a later session.");
        }

        InsertTypes.AddRange(calls.Inserted);
        Actions.Add(new ActionSpec(ActionKind.Do, lambda, typeof(void), text));
    }

    /// <summary>
    /// Recognises the action that NRules.Fluent's <c>Yield(ctx =&gt; fact)</c> builds: get the linked fact; if there is none,
    /// insert it linked, else update it. Here an activation fires once, so only the insert branch can run.
    /// </summary>
    private static bool TryReadYield(LambdaExpression lambda, out Expression produce)
    {
        produce = lambda.Body;
        if (lambda.Body is not BlockExpression { Variables.Count: 1, Expressions.Count: 2 } block
            || block.Expressions[1] is not ConditionalExpression { IfTrue: MethodCallExpression insert }
            || insert.Method.DeclaringType != typeof(IContext)
            || insert.Method.Name != nameof(IContext.InsertLinked)
            || insert.Arguments.Count != 2)
        {
            return false;
        }

        produce = insert.Arguments[1] is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : insert.Arguments[1];
        return true;
    }

    /// <summary>Finds the facts an action inserts through the context (for stratification) and the calls it may not make.</summary>
    private sealed class ContextCalls(ParameterExpression context) : ExpressionVisitor
    {
        public List<Type> Inserted { get; } = [];

        public string? Rejected { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object == context || node.Method.DeclaringType == typeof(IContext))
            {
                string name = node.Method.Name;
                if (RejectedMethods.Contains(name))
                {
                    Rejected ??= name;
                }
                else if (InsertMethods.Contains(name))
                {
                    Inserted.Add(StaticType(node.Arguments[^1], many: name.EndsWith("All", StringComparison.Ordinal) || name == nameof(IContext.InsertAllLinked)));
                }
            }

            return base.VisitMethodCall(node);
        }

        private static Type StaticType(Expression argument, bool many)
        {
            while (argument is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } convert)
            {
                argument = convert.Operand;
            }

            if (!many)
            {
                return argument.Type;
            }

            var enumerable = argument.Type.GetInterfaces().Append(argument.Type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            var element = enumerable?.GetGenericArguments()[0] ?? typeof(object);
            return element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? element.GetGenericArguments()[1] : element;
        }
    }
}
