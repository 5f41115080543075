namespace Wlz.Rules.Historie.Tests.ApiApproval;

/// <summary>The public surface of the Wlz.Rules.Historie package is tracked in src/Wlz.Rules.Historie/PublicAPI.approved.txt.</summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        // Fails with a diff when the surface changed; WLZ_ACCEPT_API=1 rewrites the file.
        global::Wlz.Rules.TestSupport.PublicApi.ApprovePackage("Wlz.Rules.Historie");
    }
}
