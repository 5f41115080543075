using System.Reflection;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Wlz.Rules.Evaluatie;

/// <summary>
/// Creates the Wlz rule classes for NRules: each constructor parameter is one of the given dependencies (calendar,
/// parameters, zorgaanbiederregister) or, when a service provider is given, a service from it.
/// </summary>
internal sealed class WlzRuleActivator(IServiceProvider? services, params object[] dependencies) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length);
        foreach (var constructor in constructors)
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            bool satisfied = true;
            for (int i = 0; i < parameters.Length && satisfied; i++)
            {
                var parameterType = parameters[i].ParameterType;
                object? dependency = Array.Find(dependencies, parameterType.IsInstanceOfType) ?? services?.GetService(parameterType);
                satisfied = dependency is not null || parameters[i].HasDefaultValue;
                arguments[i] = dependency ?? parameters[i].DefaultValue;
            }

            if (satisfied)
            {
                yield return (Rule)constructor.Invoke(arguments);
                yield break;
            }
        }

        throw new InvalidOperationException(
            $"Rule '{type.FullName}' has no constructor whose parameters the calendar, the parameters, the zorgaanbiederregister or the service provider can satisfy.");
    }
}
