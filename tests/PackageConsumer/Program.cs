using System.Reflection;
using NodaTime;
using NRules;
using NRules.Fluent;
using Wlz.Rules;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

// Uses the packaged libraries the way a consumer does (NRules comes in through the package's dependencies) and fails
// loudly if anything is missing: the README's NRules session, and the same dossier on the fast executor.
var assembly = Assembly.Load(new AssemblyName("Wlz.Rules"));
var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"PackageConsumer: loaded {assembly.GetName().Name} {version} from the package.");

var peildatum = new LocalDate(2026, 5, 4);
var dossier = Dossiers.ADossier(peildatum)
    .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(2026, 4, 15))
    .Build();

var options = new WlzRulesOptions();
RuleRepository repository = WlzNRules.CreateRepository(options);
ISessionFactory factory = repository.Compile();
ISession session = factory.CreateSession();
session.InsertAll(WlzNRules.Facts(dossier, peildatum, options));
session.Fire();
var viaNRules = session.Query<Signaal>().Select(s => $"{s.Regel.Id} {s.Sleutel}").Order(StringComparer.Ordinal).ToArray();

var viaExecutor = new WlzRuleEngine(options).Evaluate(dossier, peildatum).Signalen
    .Select(s => $"{s.Regel.Id} {s.Sleutel}").Order(StringComparer.Ordinal).ToArray();

Console.WriteLine($"PackageConsumer: NRules gave {viaNRules.Length} signal(s), the executor {viaExecutor.Length}.");
bool ok = version is not null && viaNRules.Length > 0 && viaNRules.SequenceEqual(viaExecutor)
    && viaNRules.Any(s => s.StartsWith("ZonderMazMut.", StringComparison.Ordinal));
return ok ? 0 : 1;
