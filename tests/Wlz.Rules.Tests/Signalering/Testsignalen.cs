using NodaTime;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Signalering;

/// <summary>Test-only signals, rules and reports: the real rule sets arrive separately.</summary>
internal static class Testsignalen
{
    public static readonly LocalDate Peildatum = new(2026, 5, 4);

    /// <summary>A masked identification with a fixed test secret, so that pairing keys and golden files are reproducible.</summary>
    public static Identificatie Gemaskeerd { get; } = Identificatie.Gemaskeerd("wlz-rules-test-geheim"u8);

    /// <summary>The BSN identification with the same secret as <see cref="Gemaskeerd"/>.</summary>
    public static Identificatie MetBsn { get; } = Identificatie.Bsn("wlz-rules-test-geheim"u8);

    public static Lijstdefinitie Deadlines { get; } = new(
        "TestDeadlines",
        "Toewijzingen met een deadline",
        Cadans.Wekelijks,
        "Lever de MAZ aan.",
        new RuleSource("Testbron", "Paragraaf 1", "Een testzin, met een komma."));

    public static Lijstdefinitie Acties { get; } = new(
        "TestActies",
        "Acties van het zorgkantoor",
        Cadans.Direct,
        "Geen.",
        new RuleSource("Testbron", "Paragraaf 2", "Het zorgkantoor doet iets."));

    public static RuleInfo Regel { get; } = RuleInfo.Of(new RuleDefinitionFactory().Create(new TestDeadlineRegel()));

    public static TestDeadlineSignaal Deadline(string client, string toewijzing, string agb, string deadline, string uitleg = "Ontvangen op 2026-04-27; 5 werkdagen.") => new()
    {
        Lijst = Deadlines,
        Regel = Regel,
        ClientId = client,
        Zorgaanbieder = agb,
        Onderwerp = toewijzing,
        Uitleg = uitleg,
        Deadline = deadline,
    };

    public static TestActieSignaal Actie(string client, string toewijzing, string einddatum) => new()
    {
        Lijst = Acties,
        Regel = Regel,
        ClientId = client,
        Onderwerp = toewijzing,
        Uitleg = $"Automatische MEZ per {einddatum}.",
        Einddatum = einddatum,
        GebruiktVoorbeeldwaarde = true,
    };

    public static Evaluatierapport Rapport(LocalDate peildatum, IReadOnlyList<Signaal> signalen, params Afwijzing[] afwijzingen) =>
        new(peildatum, signalen, afwijzingen, new Evaluatietellers(10 + afwijzingen.Length, 10, afwijzingen.Length, signalen.Count));

    public static Afwijzing Afwijzing() => new(
        new Dossier { Client = Client.MetBsn(Bsn.Parse("123456782")) },
        [new Validatiefout("WLZ-V004", "Zorgtoewijzing 'T1'", "Zorgtoewijzingen[0].Einddatum", "Dossier ******782, Zorgtoewijzing 'T1', Einddatum: ligt voor de ingangsdatum.")]);

    [RuleId("Test.Deadline")]
    [Name("Testregel")]
    [Source("Testbron", "Paragraaf 1", "Een testzin, met een komma.")]
    internal sealed class TestDeadlineRegel : Rule
    {
        public override void Define()
        {
            When().Match<Peildatum>();
            Then().Do(_ => Nothing());
        }

        private static void Nothing()
        {
        }
    }

    internal sealed class TestDeadlineSignaal : Signaal
    {
        public required string Deadline { get; init; }

        public string Opmerking { get; init; } = string.Empty;

        public override IReadOnlyList<Signaalveld> Velden => [new("Deadline", Deadline), new("Opmerking", Opmerking)];
    }

    internal sealed class TestActieSignaal : Signaal
    {
        public required string Einddatum { get; init; }

        public override IReadOnlyList<Signaalveld> Velden => [new("Einddatum", Einddatum)];
    }
}
