namespace Wlz.Rules.Testing;

/// <summary>The entry point of the zorgaanbieder and register builders.</summary>
/// <example>
/// <code>
/// var register = Zorgaanbieders.ARegister()
///     .MetZorgaanbieder(z => z.Agb("12345678").Gecontracteerd("4VV", "5VV"))
///     .MetZorgaanbieder(z => z.Agb("87654321").Gecontracteerd("3VG").Behandeling())
///     .Build();
/// </code>
/// </example>
public static class Zorgaanbieders
{
    /// <summary>Starts a zorgaanbieder with valid defaults (see <see cref="ZorgaanbiederBuilder"/>).</summary>
    /// <returns>A builder.</returns>
    public static ZorgaanbiederBuilder AZorgaanbieder() => new();

    /// <summary>Starts an empty register.</summary>
    /// <returns>A builder.</returns>
    public static ZorgaanbiederregisterBuilder ARegister() => new();
}
