using System.Reflection;

// Loads the packaged library the way a consumer does and fails loudly if anything is missing.
var assembly = Assembly.Load(new AssemblyName("Wlz.Rules"));
var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"PackageConsumer: loaded {assembly.GetName().Name} {version} from the package.");
return version is null ? 1 : 0;
