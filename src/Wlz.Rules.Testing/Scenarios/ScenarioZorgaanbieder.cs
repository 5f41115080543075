using Wlz.Rules.Model;

namespace Wlz.Rules.Testing.Scenarios;

/// <summary>
/// A zorgaanbieder as written in scenario JSON (plain lists, which System.Text.Json can read, where
/// <see cref="Zorgaanbieder"/> holds read-only sets).
/// </summary>
public sealed class ScenarioZorgaanbieder
{
    /// <summary>Gets the iWlz-AGB-code (8 digits).</summary>
    public required AgbCode AgbCode { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Naam { get; init; }

    /// <summary>Gets the sectors the zorgaanbieder is toegelaten for.</summary>
    public IReadOnlyList<Sector> ToegelatenSectoren { get; init; } = [];

    /// <summary>Gets a value indicating whether the zorgaanbieder is toegelaten voor behandeling.</summary>
    public bool ToegelatenVoorBehandeling { get; init; }

    /// <summary>Gets the contracted zorgprofielen (COD163 codes in JSON).</summary>
    public IReadOnlyList<Zorgprofiel> GecontracteerdeZorgprofielen { get; init; } = [];

    /// <summary>Converts to the domain type.</summary>
    /// <returns>The zorgaanbieder.</returns>
    public Zorgaanbieder NaarZorgaanbieder() => new()
    {
        AgbCode = AgbCode,
        Naam = Naam,
        ToegelatenSectoren = ToegelatenSectoren.ToHashSet(),
        ToegelatenVoorBehandeling = ToegelatenVoorBehandeling,
        GecontracteerdeZorgprofielen = GecontracteerdeZorgprofielen.ToHashSet(),
    };
}
