using System.Reflection;

// The main job arrives with the rule-set issues; until then the sample says what is installed.
var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"Wlz.Rules sample {version}");
return 0;
