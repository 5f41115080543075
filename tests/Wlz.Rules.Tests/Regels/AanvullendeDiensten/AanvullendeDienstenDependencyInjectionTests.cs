using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Regels.AanvullendeDiensten;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Regels.AanvullendeDiensten;

public sealed class AanvullendeDienstenDependencyInjectionTests
{
    [Fact]
    public void AddWlzRules_EngineUitContainer_EvalueertBeideRegelsets()
    {
        // Arrange
        var register = Zorgaanbieders.ARegister().MetZorgaanbieder(z => z.Agb("73730001").Gecontracteerd("4VG")).Build();
        using var provider = new ServiceCollection().AddWlzRules(o => o.Zorgaanbieders = register).BuildServiceProvider();
        var engine = provider.GetRequiredService<WlzRuleEngine>();
        var peildatum = new LocalDate(2026, 5, 4);
        var dossier = Dossiers.ADossier(peildatum)
            .MetClient(c => c.ClientId("C1"))
            .MetIndicatie(i => i.Profiel("4VV").Ingang(2025, 1, 1))
            .MetToewijzing(t => t.Id("T1").Profiel("4VV").Zorgaanbieder("73730001").Ingang(2025, 1, 1))
            .Build();
        var diensten = new AanvullendeDienstenDossier
        {
            Zorgaanbieder = AgbCode.Parse("73730001"),
            Diensten = [AanvullendeDienstenTests.Dienst("D1", "kabelabonnement", 1_995) with { VerplichtGesteld = true }],
        };

        // Act
        var vreemd = engine.EvaluateInstellingsvreemd(dossier, [], peildatum);
        var aanvullend = engine.EvaluateAanvullendeDiensten(diensten, peildatum);

        // Assert
        Assert.Contains(vreemd, s => s.Regel.Id == "InstellingsvreemdZorgprofiel.ToetsingNodig" && s.Onderwerp == "T1");
        Assert.Contains(aanvullend, s => s.Regel.Id == "AanvullendeDiensten.DienstVerplichtGesteld" && s.Onderwerp == "D1");
    }
}
