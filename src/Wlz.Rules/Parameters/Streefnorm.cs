using Wlz.Rules.Model;

namespace Wlz.Rules.Parameters;

/// <summary>
/// The streefnorm for one (leveringsstatus, classificatie): the number of kalenderdagen within which the cliënt should
/// be admitted. Says whether it is an example value (<see cref="IsVoorbeeld"/>), so that every signal based on it can say so.
/// </summary>
/// <remarks>
/// "De streefnorm is gekoppeld aan de wachtstatus en classificatie" (zorgcijfersdatabank.nl). The real numbers are in the
/// Voorschrift Zorgtoewijzing, which is not public in a form we could use: supply them through a <see cref="Streefnormtabel"/>.
/// </remarks>
public sealed record Streefnorm
{
    /// <summary>Gets the leveringsstatus (wachtstatus) the norm applies to.</summary>
    public required Leveringsstatus Leveringsstatus { get; init; }

    /// <summary>Gets the classificatie the norm applies to.</summary>
    public required Classificatie Classificatie { get; init; }

    /// <summary>Gets the norm in kalenderdagen.</summary>
    public required int Dagen { get; init; }

    /// <summary>Gets a value indicating whether this is an illustrative example value and not a real norm.</summary>
    public required bool IsVoorbeeld { get; init; }

    /// <summary>Gets where the norm comes from.</summary>
    public required string Bron { get; init; }
}
