using System.Runtime.CompilerServices;
using NodaTime;
using NRules;
using NRules.Fluent;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>The README's "Using the rule sets in your own NRules session", compiled and run exactly as printed there.</summary>
public sealed class NRulesSessieTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    [Fact]
    public void ReadmeVoorbeeld_ToewijzingZonderMaz_NRulesSessieGeeftHetSignaal()
    {
        // Arrange
        var dossier = Dossiers.ADossier(Peildatum)
            .MetToewijzing(t => t.Zorgaanbieder("12345678").Profiel("4VV").Ontvangen(2026, 4, 15))
            .Build();

        // Act
        var signalen = ReadmeVoorbeeld(dossier, Peildatum);

        // Assert
        var signaal = Assert.Single(signalen, s => s.Lijst.Code == "ZonderMazMut");
        Assert.Equal("12345678", signaal.Zorgaanbieder);
        Assert.Equal(
            Signaalweergave.Gesorteerd(new WlzRuleEngine(new WlzRulesOptions()).Evaluate(dossier, Peildatum).Signalen),
            Signaalweergave.Gesorteerd(signalen));
    }

    [Fact]
    public void ReadmeVoorbeeld_StaatLetterlijkInDeReadme()
    {
        // Arrange
        var bron = File.ReadAllLines(DitBestand());
        var root = Path.GetDirectoryName(DitBestand());
        while (root is not null && !File.Exists(Path.Combine(root, "README.md")))
        {
            root = Path.GetDirectoryName(root);
        }

        var readme = File.ReadAllText(Path.Combine(root!, "README.md")).ReplaceLineEndings("\n");

        // Act
        string begin = "// README" + ": begin", einde = "// README" + ": end";   // split, so these lines are no markers
        var voorbeeld = bron
            .SkipWhile(l => l.Trim() != begin).Skip(1)
            .TakeWhile(l => l.Trim() != einde)
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())
            .ToArray();

        // Assert
        Assert.True(voorbeeld.Length >= 8, "The example between the markers is missing.");
        Assert.Contains(string.Join("\n", voorbeeld), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void NRulesSessie_2000GegenereerdeDossiers_ZelfdeSignalenAlsDeExecutor()
    {
        // Arrange: NRules compiled as the README shows, with its default fact identity.
        var generator = new Populatiegenerator(2_000, 50, seed: 3, Peildatum);
        var options = new WlzRulesOptions { Zorgaanbieders = generator.Register };
        var factory = WlzNRules.CreateRepository(options).Compile();
        var engine = new WlzRuleEngine(options);

        foreach (var dossier in generator.Dossiers())
        {
            // Act
            var session = factory.CreateSession();
            session.InsertAll(WlzNRules.Facts(dossier, Peildatum, options));
            session.Fire();

            // Assert
            Assert.Equal(
                Signaalweergave.Gesorteerd(engine.Evaluate(dossier, Peildatum).Signalen),
                Signaalweergave.Gesorteerd(session.Query<Signaal>()));
        }
    }

    [Fact]
    public void Facts_OngeldigDossier_DossierValidatieExceptionMetDeFout()
    {
        // Arrange: a toewijzing that ends before it starts.
        var dossier = Dossiers.ADossier(Peildatum)
            .MetToewijzing(t => t.Ingang(2026, 4, 1).Einde(2026, 3, 1))
            .Build();

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => WlzNRules.Facts(dossier, Peildatum, new WlzRulesOptions()));

        // Assert
        Assert.Contains("Einddatum", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateRepository_Regelfilter_AlleenDeGekozenRegels()
    {
        // Act
        var repository = WlzNRules.CreateRepository(new WlzRulesOptions { Regelfilter = Engine.RuleFilter.HasTag("AutoMez") });

        // Assert
        var regels = repository.GetRuleSets().Single().Rules.Select(r => Engine.RuleInfo.Of(r).Id).ToArray();
        Assert.NotEmpty(regels);
        Assert.All(regels, id => Assert.StartsWith("AutoMez.", id, StringComparison.Ordinal));
        Assert.Equal(WlzNRules.RuleSetName, repository.GetRuleSets().Single().Name);
    }

    private static string DitBestand([CallerFilePath] string pad = "") => pad;

    private static IReadOnlyList<Signaal> ReadmeVoorbeeld(Dossier dossier, LocalDate peildatum)
    {
        var register = Zorgaanbiederregister.Leeg;

        // README: begin
        var options = new WlzRulesOptions { Zorgaanbieders = register };
        RuleRepository repository = WlzNRules.CreateRepository(options);   // every Wlz rule, in rule set "Wlz.Rules"
        ISessionFactory factory = repository.Compile();                    // NRules' own compiler and runtime

        ISession session = factory.CreateSession();                        // one session per dossier
        session.InsertAll(WlzNRules.Facts(dossier, peildatum, options));   // validated; peildatum, parameters, zorgaanbieders
        session.Fire();
        List<Signaal> signalen = session.Query<Signaal>().ToList();        // every list entry, action and finding
        // README: end
        return signalen;
    }
}
