namespace Wlz.Rules.Historie.Tests.Support;

/// <summary>A folder of its own under the temp folder for one test, deleted with everything in it on dispose.</summary>
internal sealed class TijdelijkeMap : IDisposable
{
    public TijdelijkeMap()
    {
        Pad = Path.Combine(Path.GetTempPath(), $"wlz-historie-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Pad);
    }

    public string Pad { get; }

    /// <summary>Gets the path of the history file in this folder.</summary>
    public string Database => Path.Combine(Pad, "historie.db");

    public void Dispose()
    {
        if (Directory.Exists(Pad))
        {
            Directory.Delete(Pad, recursive: true);
        }
    }
}
