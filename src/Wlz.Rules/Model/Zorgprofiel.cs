namespace Wlz.Rules.Model;

/// <summary>
/// A zorgprofiel (zorgzwaartepakket): the iWlz <c>ZzpCode</c> (COD163) of an indicatie, toewijzing or MAZ, with its
/// display name and <see cref="Sector"/>. Instances come from the catalogue <see cref="Zorgprofielen"/>.
/// </summary>
/// <remarks>Two zorgprofielen are equal when their codes are equal.</remarks>
public sealed class Zorgprofiel : IEquatable<Zorgprofiel>
{
    internal Zorgprofiel(int code, string weergave, Sector sector, string omschrijving)
    {
        Code = code;
        Weergave = weergave;
        Sector = sector;
        Omschrijving = omschrijving;
    }

    /// <summary>Gets the numeric COD163 code, e.g. <c>753</c>.</summary>
    public int Code { get; }

    /// <summary>Gets the short display name, e.g. <c>4VV</c>.</summary>
    public string Weergave { get; }

    /// <summary>Gets the sector the zorgprofiel belongs to.</summary>
    public Sector Sector { get; }

    /// <summary>Gets the COD163 description, e.g. "Beschut wonen met intensieve begeleiding en uitgebreide verzorging".</summary>
    public string Omschrijving { get; }

    /// <summary>Returns the code and display name, e.g. <c>753 4VV</c>.</summary>
    /// <returns>The code and display name.</returns>
    public override string ToString() => $"{Code} {Weergave}";

    /// <inheritdoc/>
    public bool Equals(Zorgprofiel? other) => other is not null && other.Code == Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Zorgprofiel);

    /// <inheritdoc/>
    public override int GetHashCode() => Code;
}
