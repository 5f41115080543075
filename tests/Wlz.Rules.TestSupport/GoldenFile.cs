using System.Runtime.CompilerServices;
using System.Text;

namespace Wlz.Rules.TestSupport;

/// <summary>
/// Compares a rendered result with a checked-in golden file (<c>Name.verified.ext</c>) next to the test's source file.
/// </summary>
/// <remarks>
/// On a mismatch (or a missing golden file) the actual text is written to <c>Name.received.ext</c> beside it and a
/// <see cref="GoldenFileMismatchException"/> with a line diff is thrown. Set the environment variable
/// <c>WLZ_ACCEPT=1</c> to accept: the received text then overwrites the verified file and the check passes.
/// Line endings are normalised to <c>\n</c>, so a checkout with CRLF endings still compares equal.
/// </remarks>
public static class GoldenFile
{
    /// <summary>The environment variable that accepts new golden files.</summary>
    public const string AcceptVariable = "WLZ_ACCEPT";

    /// <summary>Verifies <paramref name="actual"/> against <c>{name}.verified.{extension}</c> in the caller's folder.</summary>
    /// <param name="actual">The rendered result.</param>
    /// <param name="name">The golden file's name, without extension; by convention <c>Class.Method</c>.</param>
    /// <param name="extension">The file extension, e.g. <c>txt</c> or <c>json</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file, whose folder holds the golden file.</param>
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var folder = Path.GetDirectoryName(sourceFile)
            ?? throw new InvalidOperationException($"Cannot find the folder of the test source file '{sourceFile}'.");
        VerifyAt(actual, Path.Combine(folder, $"{name}.verified.{extension}"));
    }

    /// <summary>Verifies <paramref name="actual"/> against the golden file at <paramref name="verifiedPath"/>.</summary>
    /// <param name="actual">The rendered result.</param>
    /// <param name="verifiedPath">The path of the <c>*.verified.*</c> file.</param>
    public static void VerifyAt(string actual, string verifiedPath) => VerifyAt(actual, verifiedPath, IsAccepting());

    /// <summary>Verifies <paramref name="actual"/> against the golden file at <paramref name="verifiedPath"/>, accepting a difference only when <paramref name="accept"/> is set.</summary>
    /// <param name="actual">The rendered result.</param>
    /// <param name="verifiedPath">The path of the <c>*.verified.*</c> file.</param>
    /// <param name="accept">Whether a difference overwrites the verified file instead of failing.</param>
    public static void VerifyAt(string actual, string verifiedPath, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(verifiedPath);
        var normalized = Normalize(actual);
        var receivedPath = ReceivedPathFor(verifiedPath);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        var message = expected is null
            ? $"Golden file '{verifiedPath}' does not exist. The result was written to '{receivedPath}'; review it and rename it, or run with {AcceptVariable}=1."
            : $"Result differs from golden file '{verifiedPath}' (received: '{receivedPath}'; run with {AcceptVariable}=1 to accept):{Environment.NewLine}{LineDiff.Render(expected, normalized)}";
        throw new GoldenFileMismatchException(message, verifiedPath, receivedPath);
    }

    /// <summary>Returns the <c>*.received.*</c> path that belongs to a <c>*.verified.*</c> path.</summary>
    /// <param name="verifiedPath">The path of the verified file.</param>
    /// <returns>The path of the received file.</returns>
    public static string ReceivedPathFor(string verifiedPath)
    {
        ArgumentNullException.ThrowIfNull(verifiedPath);
        var file = Path.GetFileName(verifiedPath);
        var index = file.LastIndexOf(".verified.", StringComparison.Ordinal);
        var received = index < 0 ? file + ".received" : string.Concat(file.AsSpan(0, index), ".received.", file.AsSpan(index + ".verified.".Length));
        return Path.Combine(Path.GetDirectoryName(verifiedPath) ?? string.Empty, received);
    }

    internal static bool IsAccepting() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True";

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
