using Wlz.Rules.TestSupport;

namespace Wlz.Rules.Testing.Tests.Support;

public sealed class GoldenFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wlz-golden-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void VerifyAt_MatchingText_PassesAndLeavesNoReceivedFile()
    {
        // Arrange
        var verified = Path.Combine(_folder, "case.verified.txt");
        File.WriteAllText(verified, "a\r\nb\n");

        // Act
        GoldenFile.VerifyAt("a\nb", verified);

        // Assert
        Assert.False(File.Exists(Path.Combine(_folder, "case.received.txt")));
    }

    [Fact]
    public void VerifyAt_DifferentText_WritesReceivedAndThrowsWithDiff()
    {
        // Arrange
        var verified = Path.Combine(_folder, "case.verified.txt");
        File.WriteAllText(verified, "line one\nline two\nline three\n");

        // Act
        var error = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.VerifyAt("line one\nline 2\nline three\n", verified, accept: false));

        // Assert
        Assert.Equal(Path.Combine(_folder, "case.received.txt"), error.ReceivedPath);
        Assert.Equal("line one\nline 2\nline three\n", File.ReadAllText(error.ReceivedPath));
        Assert.Contains("-2: line two", error.Message, StringComparison.Ordinal);
        Assert.Contains("+2: line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(GoldenFile.AcceptVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyAt_MissingGoldenFile_WritesReceivedAndThrows()
    {
        // Arrange
        var verified = Path.Combine(_folder, "new.verified.json");

        // Act
        var error = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.VerifyAt("{}", verified, accept: false));

        // Assert
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(_folder, "new.received.json")));
    }

    [Fact]
    public void Verify_GoldenFileBesideTheTestSource_IsFoundThroughCallerFilePath()
    {
        // Act + Assert: the checked-in GoldenFileTests.Example.verified.txt sits beside this file.
        GoldenFile.Verify("Zorgtoewijzing zonder MAZ/MUT\n", "GoldenFileTests.Example");
    }

    [Fact]
    public void VerifyAt_Accepting_OverwritesTheGoldenFileAndPasses()
    {
        // Arrange
        var verified = Path.Combine(_folder, "case.verified.txt");
        File.WriteAllText(verified, "old\n");

        // Act
        GoldenFile.VerifyAt("new", verified, accept: true);

        // Assert
        Assert.Equal("new\n", File.ReadAllText(verified));
        Assert.False(File.Exists(Path.Combine(_folder, "case.received.txt")));
    }

    [Theory]
    [InlineData("/x/a.verified.txt", "/x/a.received.txt")]
    [InlineData("/x/b.c.verified.json", "/x/b.c.received.json")]
    public void ReceivedPathFor_ReplacesVerifiedWithReceived(string verified, string expected)
    {
        Assert.Equal(expected, GoldenFile.ReceivedPathFor(verified));
    }

    [Fact]
    public void LineDiff_Render_ShowsOnlyChangedLines()
    {
        // Act
        var diff = LineDiff.Render("a\nb\nc", "a\nc\nd");

        // Assert
        Assert.Equal("-2: b" + Environment.NewLine + "+3: d" + Environment.NewLine, diff);
    }
}
