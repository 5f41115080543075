namespace Wlz.Rules.TestSupport;

/// <summary>Thrown when a result does not match its golden file.</summary>
public sealed class GoldenFileMismatchException : Exception
{
    /// <summary>Initializes a new instance with the message and both file paths.</summary>
    /// <param name="message">The message, including the line diff.</param>
    /// <param name="verifiedPath">The golden file.</param>
    /// <param name="receivedPath">The file the actual result was written to.</param>
    public GoldenFileMismatchException(string message, string verifiedPath, string receivedPath)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
    }

    /// <summary>Gets the path of the golden file.</summary>
    public string VerifiedPath { get; }

    /// <summary>Gets the path the actual result was written to.</summary>
    public string ReceivedPath { get; }
}
