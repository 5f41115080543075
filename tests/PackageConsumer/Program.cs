using System.Reflection;
using NodaTime;
using NRules;
using NRules.Fluent;
using Wlz.Rules;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Historie;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
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
var viaNRules = session.Query<Signaal>().Select(s => $"{s.Regel.Id} {s.ClientId} {s.Onderwerp}").Order(StringComparer.Ordinal).ToArray();

var viaExecutor = new WlzRuleEngine(options).Evaluate(dossier, peildatum).Signalen
    .Select(s => $"{s.Regel.Id} {s.ClientId} {s.Onderwerp}").Order(StringComparer.Ordinal).ToArray();

Console.WriteLine($"PackageConsumer: NRules gave {viaNRules.Length} signal(s), the executor {viaExecutor.Length}.");

// The exports (JSON, CSV, Excel through MiniExcel) and the SQLite history (native library from the package) work.
var map = Directory.CreateTempSubdirectory("wlz-package-consumer-").FullName;
int geschreven, runs;
Rapportverschil? verschil;
try
{
    using var historie = Rapporthistorie.Open(Path.Combine(map, "historie.db"));
    var identificatie = Identificatie.Gemaskeerd(historie.GetOrCreateSecret());
    var bestand = Rapportbestand.Van(new WlzRuleEngine(options).EvaluateAll([dossier], peildatum), identificatie);
    geschreven = RapportExport.SchrijfNaarMap(bestand, Path.Combine(map, "uit")).Count(p => p.EndsWith(".xlsx", StringComparison.Ordinal));
    historie.Save(bestand);
    historie.Save(bestand);
    verschil = historie.CompareWithPrevious();
    runs = historie.ReadRuns().Count;
}
finally
{
    Directory.Delete(map, recursive: true);
}

Console.WriteLine($"PackageConsumer: {geschreven} workbook(s) written, {runs} run(s) in the history, unchanged: {verschil?.IsLeeg}.");
bool ok = version is not null && viaNRules.Length > 0 && viaNRules.SequenceEqual(viaExecutor)
    && viaNRules.Any(s => s.StartsWith("ZonderMazMut.", StringComparison.Ordinal))
    && geschreven > 0 && runs == 2 && verschil is { IsLeeg: true };
return ok ? 0 : 1;
