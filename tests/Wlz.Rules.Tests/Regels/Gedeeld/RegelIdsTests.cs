using System.Reflection;
using Wlz.Rules.Engine;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Regels;

namespace Wlz.Rules.Tests.Regels.Gedeeld;

/// <summary>Every rule's id is a public constant in <see cref="RegelIds"/>, named after its (internal) class.</summary>
public sealed class RegelIdsTests
{
    [Fact]
    public void RegelIds_ElkeRegelEenConstanteNaarZijnKlasse_EnGeenConstanteZonderRegel()
    {
        // Arrange
        var constanten = typeof(RegelIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var regels = new WlzRuleEngine(new WlzRulesOptions()).Regels;

        // Assert
        Assert.Equal(regels.Count, constanten.Count);
        Assert.All(regels, regel =>
        {
            Assert.False(regel.RuleType!.IsPublic, $"{regel.RuleType.Name} is public; rule classes are internal.");
            Assert.Equal(regel.Id, constanten[regel.RuleType.Name]);
            Assert.Equal(regel.Id, RuleInfo.IdOf(regel.RuleType));
        });
    }
}
