using System.Collections.Frozen;

namespace Wlz.Rules.Model;

/// <summary>
/// A zorgaanbieder as the zorgkantoor knows it: its iWlz-AGB-code, name, toelating and the zorgprofielen agreed in
/// its contract (productafspraken). Population-level reference data, kept in a <see cref="Zorgaanbiederregister"/>.
/// </summary>
/// <remarks>
/// "Het zorgkantoor spreekt met elke zorgaanbieder een set zorgprofielen af die passen bij het zorgaanbod van die
/// aanbieder. Het betreft de zorgprofielen bij de sector waarvoor de zorgaanbieder is toegelaten, maar het kan ook in
/// beperkte mate gaan om zorgprofielen uit een andere sector." (Zorg in natura in een instelling)
/// </remarks>
public sealed record Zorgaanbieder
{
    private readonly FrozenSet<Sector> _toegelatenSectoren = FrozenSet<Sector>.Empty;
    private readonly FrozenSet<Zorgprofiel> _gecontracteerdeZorgprofielen = FrozenSet<Zorgprofiel>.Empty;

    /// <summary>Gets the iWlz-AGB-code.</summary>
    public required AgbCode AgbCode { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Naam { get; init; }

    /// <summary>Gets the sectors the zorgaanbieder is toegelaten for.</summary>
    /// <value>A copy of the given sectors; empty by default.</value>
    public IReadOnlySet<Sector> ToegelatenSectoren
    {
        get => _toegelatenSectoren;
        init => _toegelatenSectoren = value?.ToFrozenSet() ?? FrozenSet<Sector>.Empty;
    }

    /// <summary>Gets a value indicating whether the zorgaanbieder is toegelaten voor behandeling (it matters e.g. for Z916 versus Z917).</summary>
    public bool ToegelatenVoorBehandeling { get; init; }

    /// <summary>Gets the zorgprofielen agreed with the zorgkantoor (productafspraken).</summary>
    /// <value>A copy of the given zorgprofielen; empty by default.</value>
    public IReadOnlySet<Zorgprofiel> GecontracteerdeZorgprofielen
    {
        get => _gecontracteerdeZorgprofielen;
        init => _gecontracteerdeZorgprofielen = value?.ToFrozenSet() ?? FrozenSet<Zorgprofiel>.Empty;
    }

    /// <summary>Determines whether the zorgprofiel is among the agreed zorgprofielen.</summary>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns><see langword="true"/> when it is gecontracteerd.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgprofiel"/> is <see langword="null"/>.</exception>
    public bool IsGecontracteerd(Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return _gecontracteerdeZorgprofielen.Contains(zorgprofiel);
    }

    /// <summary>Determines whether the zorgaanbieder is toegelaten for the sector of the zorgprofiel.</summary>
    /// <param name="zorgprofiel">The zorgprofiel.</param>
    /// <returns><see langword="true"/> when the zorgprofiel's sector is among <see cref="ToegelatenSectoren"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zorgprofiel"/> is <see langword="null"/>.</exception>
    public bool IsToegelatenVoor(Zorgprofiel zorgprofiel)
    {
        ArgumentNullException.ThrowIfNull(zorgprofiel);
        return _toegelatenSectoren.Contains(zorgprofiel.Sector);
    }

    /// <summary>Returns the AGB code and name.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"Zorgaanbieder {AgbCode} {Naam}";
}
