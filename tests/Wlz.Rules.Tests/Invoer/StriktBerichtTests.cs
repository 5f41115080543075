using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Invoer;

public sealed class StriktBerichtTests
{
    [Fact]
    public void EvaluateAll_Strict250Rejections_MessageListsTheFirst100AndCountsTheRest()
    {
        // Arrange: 250 invalid dossiers with distinct keys, between valid ones.
        var engine = new WlzRuleEngine(new WlzRulesOptions { Validatiemodus = Validatiemodus.Strikt });
        var invoer = Invoerbestanden.Bsns(seed: 5).Distinct().Take(500)
            .Select((bsn, i) => i % 2 == 0 ? Dossiers.ADossier().MetBsn(bsn).Build() : Dossiers.ADossier().MetBsn(bsn).MetToewijzing(t => t.Percentage(0)).Build())
            .ToArray();

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => engine.EvaluateAll(invoer, Dossiers.StandaardPeildatum));

        // Assert
        var regels = fout.Message.Split(Environment.NewLine);
        Assert.Equal(250, fout.Afwijzingen.Count);
        Assert.Equal("250 dossier(s) failed validation:", regels[0]);
        Assert.Equal(100, regels.Count(r => r.StartsWith("  Dossier ", StringComparison.Ordinal)));
        Assert.Equal($"  Dossier {invoer[1].GemaskeerdeSleutel} at input position 1:", regels[1]);
        Assert.StartsWith("    WLZ-V005 Dossier ", regels[2], StringComparison.Ordinal);
        Assert.Contains($"  Dossier {invoer[199].GemaskeerdeSleutel} at input position 199:", regels);
        Assert.DoesNotContain(regels, r => r.Contains("at input position 201:", StringComparison.Ordinal));
        Assert.Equal("  … and 150 more; 250 dossier(s) rejected in total.", regels[^1]);
        Assert.All(invoer, d => Assert.DoesNotContain(d.Client.ClientId, fout.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateAll_StrictFewRejections_MessageListsThemAllWithoutATail()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { Validatiemodus = Validatiemodus.Strikt });
        Dossier[] invoer = [Dossiers.ADossier().MetBsn("999990020").Build(), Dossiers.ADossier().MetToewijzing(t => t.Percentage(0)).Build()];

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => engine.EvaluateAll(invoer, Dossiers.StandaardPeildatum));

        // Assert
        var regels = fout.Message.Split(Environment.NewLine);
        Assert.Equal(["1 dossier(s) failed validation:", "  Dossier ******019 at input position 1:"], regels[..2]);
        Assert.Equal(3, regels.Length);
    }

    [Fact]
    public void Evaluate_StrictSingleDossier_MessageHasNoInputPosition()
    {
        // Arrange
        var engine = new WlzRuleEngine(new WlzRulesOptions { Validatiemodus = Validatiemodus.Strikt });

        // Act
        var fout = Assert.Throws<DossierValidatieException>(() => engine.Evaluate(Dossiers.ADossier().MetToewijzing(t => t.Percentage(0)).Build(), Dossiers.StandaardPeildatum));

        // Assert
        Assert.Equal("  Dossier ******019:", fout.Message.Split(Environment.NewLine)[1]);
    }
}
