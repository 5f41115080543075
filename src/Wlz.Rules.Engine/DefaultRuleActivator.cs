namespace Wlz.Rules.Engine;

/// <summary>
/// Creates rules with their public parameterless constructor, or with a constructor whose parameters are satisfied by
/// the given dependency instances (matched by type).
/// </summary>
public sealed class DefaultRuleActivator : IRuleActivator
{
    private readonly object[] _dependencies;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="dependencies">Objects that may be passed to rule constructors, matched by type.</param>
    public DefaultRuleActivator(params object[] dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        _dependencies = dependencies;
    }

    /// <summary>Gets an activator without dependencies.</summary>
    public static DefaultRuleActivator Instance { get; } = new();

    /// <inheritdoc/>
    public Rule Activate(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        foreach (var constructor in ruleType.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            bool satisfied = true;
            for (int i = 0; i < parameters.Length && satisfied; i++)
            {
                object? dependency = _dependencies.FirstOrDefault(d => parameters[i].ParameterType.IsInstanceOfType(d));
                if (dependency is null && !parameters[i].HasDefaultValue)
                {
                    satisfied = false;
                }

                arguments[i] = dependency ?? parameters[i].DefaultValue;
            }

            if (satisfied)
            {
                return (Rule)constructor.Invoke(arguments);
            }
        }

        throw new InvalidOperationException(
            $"Rule '{ruleType.FullName}' has no public constructor whose parameters the {nameof(DefaultRuleActivator)} can satisfy; use a {nameof(ServiceProviderRuleActivator)}.");
    }
}
