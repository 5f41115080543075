using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>
/// A derived fact: a current toewijzing whose zorgprofiel is instellingsvreemd for the zorgaanbieder it names.
/// Inserted by <see cref="InstellingsvreemdeToewijzingAfleiden"/> for the other rules of this folder.
/// </summary>
public sealed class InstellingsvreemdeToewijzing
{
    /// <summary>Initializes the fact.</summary>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="zorgaanbieder">The zorgaanbieder the toewijzing names.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public InstellingsvreemdeToewijzing(Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder)
    {
        ArgumentNullException.ThrowIfNull(toewijzing);
        ArgumentNullException.ThrowIfNull(zorgaanbieder);
        Toewijzing = toewijzing;
        Zorgaanbieder = zorgaanbieder;
    }

    /// <summary>Gets the toewijzing.</summary>
    public Zorgtoewijzing Toewijzing { get; }

    /// <summary>Gets the zorgaanbieder the toewijzing names.</summary>
    public Zorgaanbieder Zorgaanbieder { get; }

    /// <summary>Gets the toewijzing's id (the join key for <see cref="Toetsingsuitkomst.ToewijzingId"/>).</summary>
    public string ToewijzingId => Toewijzing.Id;

    /// <inheritdoc/>
    public override string ToString() => $"Instellingsvreemd: {Toewijzing}";
}
