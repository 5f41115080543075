using Wlz.Rules.Historie.Tests.Support;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie.Tests;

public sealed class RapporthistorieGeheimTests : IDisposable
{
    private readonly TijdelijkeMap _map = new();

    public void Dispose() => _map.Dispose();

    [Fact]
    public void GetOrCreateSecret_NewHistory_CreatesA32ByteSecret()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);

        // Act
        var geheim = historie.GetOrCreateSecret();

        // Assert
        Assert.Equal(32, geheim.Length);
        Assert.Equal(geheim, historie.GetOrCreateSecret());
    }

    [Fact]
    public void GetOrCreateSecret_AfterReopen_IsTheSameSoThePairingKeysAreTheSame()
    {
        // Arrange
        byte[] eerste;
        using (var historie = Rapporthistorie.Open(_map.Database))
        {
            eerste = historie.GetOrCreateSecret();
        }

        // Act
        byte[] tweede;
        using (var historie = Rapporthistorie.Open(_map.Database))
        {
            tweede = historie.GetOrCreateSecret();
        }

        // Assert
        Assert.Equal(eerste, tweede);
        Assert.Equal(Identificatie.Gemaskeerd(eerste).Koppeling, Identificatie.Gemaskeerd(tweede).Koppeling);
    }

    [Fact]
    public void GetOrCreateSecret_TwoHistories_HaveDifferentSecrets()
    {
        // Arrange
        using var een = Rapporthistorie.Open(_map.Database);
        using var ander = Rapporthistorie.Open(Path.Combine(_map.Pad, "ander.db"));

        // Act + Assert
        Assert.NotEqual(een.GetOrCreateSecret(), ander.GetOrCreateSecret());
    }

    [Fact]
    public void GetOrCreateSecret_ReturnsACopy_ChangingItDoesNotChangeTheStoredSecret()
    {
        // Arrange
        using var historie = Rapporthistorie.Open(_map.Database);
        var geheim = historie.GetOrCreateSecret();
        var bewaard = geheim.ToArray();

        // Act
        geheim[0] ^= 0xFF;

        // Assert
        Assert.Equal(bewaard, historie.GetOrCreateSecret());
    }
}
