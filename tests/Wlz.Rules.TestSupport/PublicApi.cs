using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Wlz.Rules.TestSupport;

/// <summary>
/// Renders the public surface of an assembly as stable text, and approves it against a checked-in
/// <c>PublicAPI.approved.txt</c>: the analyzer and approval packages that usually do this are not available to us.
/// </summary>
/// <remarks>Set <c>WLZ_ACCEPT_API=1</c> (or <c>WLZ_ACCEPT=1</c>) to rewrite the approved file after an intended change.</remarks>
public static class PublicApi
{
    /// <summary>The environment variable that accepts a changed public API.</summary>
    public const string AcceptVariable = "WLZ_ACCEPT_API";

    private const BindingFlags DeclaredMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Approves the public API of the package <paramref name="packageName"/> against its
    /// <c>src/{packageName}/PublicAPI.approved.txt</c>, found from the calling test's source file in <c>tests/*/*/</c>.
    /// </summary>
    /// <param name="packageName">The package (and assembly) name, e.g. <c>Wlz.Rules</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    public static void ApprovePackage(string packageName, [CallerFilePath] string sourceFile = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageName);
        var root = Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", "..");
        Approve(Assembly.Load(new AssemblyName(packageName)), Path.GetFullPath(Path.Combine(root, "src", packageName, "PublicAPI.approved.txt")));
    }

    /// <summary>Approves the public API of <paramref name="assembly"/> against <paramref name="approvedPath"/>.</summary>
    /// <param name="assembly">The package's assembly.</param>
    /// <param name="approvedPath">The checked-in approved file.</param>
    public static void Approve(Assembly assembly, string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(approvedPath, Render(assembly), new UTF8Encoding(false));
        }

        GoldenFile.VerifyAt(Render(assembly), approvedPath);
    }

    /// <summary>Renders every exported type with its public and protected members, sorted, one per line.</summary>
    /// <param name="assembly">The assembly to render.</param>
    /// <returns>The stable text rendering.</returns>
    public static string Render(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var output = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            output.AppendLine(DescribeType(type));
            var members = type.GetMembers(DeclaredMembers)
                .Where(IsVisible)
                .Select(m => "    " + DescribeMember(m))
                .Where(line => line.Trim().Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(line => line, StringComparer.Ordinal);
            foreach (var line in members)
            {
                output.AppendLine(line);
            }
        }

        return output.ToString();
    }

    private static string DescribeType(Type type)
    {
        var kind = type switch
        {
            { IsInterface: true } => "interface",
            { IsEnum: true } => "enum",
            { IsValueType: true } => IsReadOnly(type) ? "readonly struct" : "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => IsRecord(type) ? "sealed record" : "sealed class",
            _ => IsRecord(type) ? "record" : "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return bases.Count == 0 ? $"{kind} {Name(type)}" : $"{kind} {Name(type)} : {string.Join(", ", bases)}";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !(m.IsSpecialName && !m.IsConstructor && !m.Name.StartsWith("op_", StringComparison.Ordinal)),
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static string DescribeMember(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c)})",
        MethodInfo m => $"{Access(m)}{Modifiers(m)}{Name(m.ReturnType)} {m.Name}{GenericArguments(m)}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name}{Indexer(p)} {{ {Accessors(p)}}}",
        FieldInfo f => $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : string.Empty)}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {DescribeType(t)}",
        _ => string.Empty,
    };

    private static string Access(MethodBase m) => m.IsPublic ? string.Empty : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? string.Empty : "protected ";

    private static string Modifiers(MethodInfo m)
    {
        if (m.IsStatic)
        {
            return "static ";
        }

        if (m.IsAbstract)
        {
            return "abstract ";
        }

        if (m.IsVirtual && !m.IsFinal)
        {
            return m.GetBaseDefinition() == m ? "virtual " : "override ";
        }

        return string.Empty;
    }

    private static string Accessors(PropertyInfo p)
    {
        var text = new StringBuilder();
        if (p.GetMethod is { } get && (get.IsPublic || get.IsFamily))
        {
            text.Append("get; ");
        }

        if (p.SetMethod is { } set && (set.IsPublic || set.IsFamily))
        {
            var isInit = set.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == typeof(IsExternalInit).FullName);
            text.Append(isInit ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Indexer(PropertyInfo p)
    {
        var index = p.GetIndexParameters();
        return index.Length == 0 ? string.Empty : $"[{string.Join(", ", index.Select(i => Name(i.ParameterType)))}]";
    }

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
    {
        var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty;
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var defaultValue = p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty;
        return $"{prefix}{Name(type)} {p.Name}{defaultValue}";
    }));

    private static bool IsReadOnly(Type type) => type.GetCustomAttributes(false).Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var bare = tick < 0 ? name : name[..tick];
        return $"{bare}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
