using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Testing.Tests.Support;

public sealed class PublicApiRendererTests
{
    [Fact]
    public void Render_ListsExportedTypesAndMembers_Sorted()
    {
        // Act
        var text = PublicApi.Render(typeof(GoldenFile).Assembly);

        // Assert
        Assert.Contains("static class Wlz.Rules.TestSupport.GoldenFile", text, StringComparison.Ordinal);
        Assert.Contains("    static System.Void VerifyAt(System.String actual, System.String verifiedPath)", text, StringComparison.Ordinal);
        Assert.Contains("sealed class Wlz.Rules.TestSupport.GoldenFileMismatchException : System.Exception", text, StringComparison.Ordinal);
        Assert.Contains("    System.String ReceivedPath { get; }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IsAccepting", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("GoldenFile\n", StringComparison.Ordinal) < text.IndexOf("LineDiff", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_IsStableAcrossCalls()
    {
        Assert.Equal(PublicApi.Render(typeof(GoldenFile).Assembly), PublicApi.Render(typeof(GoldenFile).Assembly));
    }
}
