using System.Reflection;
using System.Runtime.CompilerServices;

namespace Wlz.Rules.Engine.Tests.ApiApproval;

/// <summary>The public surface of the Wlz.Rules.Engine package is tracked in src/Wlz.Rules.Engine/PublicAPI.approved.txt.</summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        // Arrange
        var assembly = Assembly.Load(new AssemblyName("Wlz.Rules.Engine"));

        // Act + Assert: fails with a diff when the surface changed; WLZ_ACCEPT_API=1 rewrites the file.
        global::Wlz.Rules.TestSupport.PublicApi.Approve(assembly, ApprovedPath());
    }

    private static string ApprovedPath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "src", "Wlz.Rules.Engine", "PublicAPI.approved.txt"));
}
