using NodaTime;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.InZorg;
using Wlz.Rules.Regels.Wachtlijst;
using Wlz.Rules.Signalering;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>
/// Two records that say the same thing give one derived fact, so one list entry, on both runtimes. NRules identifies a
/// derived fact by its value and refuses an equal second one; the rules choose one of the two in a fixed order instead.
/// </summary>
public sealed class DubbeleAfgeleideFeitenTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);

    public static TheoryData<WlzRuntime> Runtimes => new() { WlzRuntime.Executor, WlzRuntime.NRules };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void BepaalZorgperiode_TweeMazMetDezelfdeBegindatum_EenRegelOpClientenInZorg(WlzRuntime runtime)
    {
        // Arrange: the zorgaanbieder sent the MAZ twice, once with a sleuteldatum.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMaz(m => m.Begin(2026, 1, 6))
            .MetMaz(m => m.Begin(2026, 1, 6).Sleutel(2026, 1, 5))
            .Build();

        // Act
        var signalen = Evalueer(runtime, "InZorg", dossier).OfType<ClientInZorgSignaal>().ToArray();

        // Assert
        var signaal = Assert.Single(signalen);
        Assert.Equal("T1", signaal.Onderwerp);
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void BepaalActueleWachtstatus_TweeMutsOpDezelfdeDagMetDezelfdeStatus_EenRegelOpDeWachtlijst(WlzRuntime runtime)
    {
        // Arrange: two wachtstatus MUTs on one day, same status and classificatie, different mutatiecode.
        var dossier = Dossiers.ADossier()
            .MetToewijzing(t => t.Id("T1").Zorgaanbieder("73730001").Toegewezen(2026, 1, 2).Ingang(2026, 1, 5))
            .MetMutatie(m => m.Code(Mutatiecode.AanbiederKanZorgNogNietLeveren).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren).Datum(2026, 2, 3))
            .MetMutatie(m => m.Code(Mutatiecode.LeveringBeeindigdToewijzingAanhouden).Status(Leveringsstatus.WachtOpVoorkeur, Classificatie.Logeren).Datum(2026, 2, 3))
            .Build();

        // Act
        var signalen = Evalueer(runtime, "Wachtlijst", dossier).OfType<WachtlijstSignaal>().ToArray();

        // Assert
        var signaal = Assert.Single(signalen);
        Assert.Equal((Leveringsstatus.WachtOpVoorkeur, new LocalDate(2026, 2, 3)), (signaal.Leveringsstatus, signaal.Sinds));
    }

    private static IReadOnlyList<Signaal> Evalueer(WlzRuntime runtime, string tag, Dossier dossier) =>
        new WlzRuleEngine(new WlzRulesOptions { Regelfilter = RuleFilter.HasTag(tag), Runtime = runtime, Validatiemodus = Validatiemodus.Strikt })
            .Evaluate(dossier, Peildatum).Signalen;
}
