namespace Wlz.Rules.Signalering.Export;

/// <summary>One exported validation failure (see <see cref="Validatie.Validatiefout"/>).</summary>
public sealed class RapportbestandFout
{
    /// <summary>Gets the stable error code, e.g. <c>WLZ-V004</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the fact the failure is about.</summary>
    public string Feit { get; init; } = string.Empty;

    /// <summary>Gets the path of the field.</summary>
    public string Veld { get; init; } = string.Empty;

    /// <summary>Gets the message (never with a full BSN).</summary>
    public string Melding { get; init; } = string.Empty;
}
