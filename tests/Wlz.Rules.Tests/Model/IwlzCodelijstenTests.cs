using Wlz.Rules.Model;

namespace Wlz.Rules.Tests.Model;

public sealed class IwlzCodelijstenTests
{
    [Theory]
    [InlineData(Mutatiecode.ClientWilZorgNogNiet, new[] { 3, 5 })]
    [InlineData(Mutatiecode.Overplaatsing, new[] { 5 })]
    [InlineData(Mutatiecode.AanbiederKanZorgNogNietLeveren, new[] { 2, 6, 7 })]
    [InlineData(Mutatiecode.LeveringBeeindigdToewijzingSluiten, new[] { 5 })]
    [InlineData(Mutatiecode.LeveringBeeindigdToewijzingAanhouden, new[] { 2, 3, 6, 7 })]
    [InlineData(Mutatiecode.OverdrachtToewijzing, new[] { 5 })]
    public void ToegestaneLeveringsstatussen_PerMutatiecode_MatchesTr046(Mutatiecode code, int[] verwacht)
    {
        // Act
        var statussen = IwlzCodelijsten.ToegestaneLeveringsstatussen(code).Select(s => (int)s).Order().ToArray();

        // Assert
        Assert.Equal(verwacht, statussen);
    }

    [Theory]
    [InlineData(Leveringsstatus.UrgentPlaatsen, new[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(Leveringsstatus.ActiefPlaatsen, new[] { 9, 10, 11, 12 })]
    [InlineData(Leveringsstatus.WachtOpVoorkeur, new[] { 13, 14, 15, 16, 17, 18, 19 })]
    [InlineData(Leveringsstatus.WachtUitVoorzorg, new[] { 13, 14, 15, 17, 18, 19 })]
    [InlineData(Leveringsstatus.InZorg, new int[0])]
    [InlineData(Leveringsstatus.EindeZorgvraag, new int[0])]
    public void ToegestaneClassificaties_PerLeveringsstatus_MatchesCs131(Leveringsstatus status, int[] verwacht)
    {
        // Act
        var classificaties = IwlzCodelijsten.ToegestaneClassificaties(status).Select(c => (int)c).Order().ToArray();

        // Assert
        Assert.Equal(verwacht, classificaties);
    }

    [Fact]
    public void IsEindeZorg_Codes_TrueFor17_19_20Only()
    {
        // Act
        var einde = Enum.GetValues<Mutatiecode>().Where(IwlzCodelijsten.IsEindeZorg).Select(c => (int)c).ToArray();

        // Assert
        Assert.Equal(new[] { 17, 19, 20 }, einde);
    }

    [Fact]
    public void TrektToewijzingIn_Code12_DependsOnLeveringsstatus()
    {
        // Act + Assert
        Assert.True(IwlzCodelijsten.TrektToewijzingIn(Mutatiecode.ClientWilZorgNogNiet, Leveringsstatus.EindeZorgvraag));
        Assert.False(IwlzCodelijsten.TrektToewijzingIn(Mutatiecode.ClientWilZorgNogNiet, Leveringsstatus.WachtUitVoorzorg));
    }
}
