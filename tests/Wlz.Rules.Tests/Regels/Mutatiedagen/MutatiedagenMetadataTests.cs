using static Wlz.Rules.Tests.Regels.Mutatiedagen.Kamers;

namespace Wlz.Rules.Tests.Regels.Mutatiedagen;

public sealed class MutatiedagenMetadataTests
{
    [Fact]
    public void Regels_HebbenIdNaamBeschrijvingTagEnBron()
    {
        // Act
        var regels = Regelengine.Regels;

        // Assert
        Assert.Equal(17, regels.Count);
        Assert.All(regels, r =>
        {
            Assert.StartsWith("Mutatiedagen.", r.Id, StringComparison.Ordinal);
            Assert.NotEqual(r.RuleType!.Name, r.Name);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.Equal(["Mutatiedagen"], r.Tags);
            Assert.NotEmpty(r.Sources);
            Assert.All(r.Sources, s => Assert.Equal("Zorg in natura in een instelling", s.Document));
        });
    }
}
