using NodaTime;
using NodaTime.Text;

namespace Wlz.Rules.Model.AanvullendeDiensten;

/// <summary>A fact: a charge (bijbetaling) a zorgaanbieder made to a cliënt for an aanvullende dienst.</summary>
public sealed record Bijbetaling
{
    /// <summary>Gets the id of the charge (e.g. the invoice line).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the cliënt charged (<see cref="Client.ClientId"/>).</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the id of the dienst charged for (<see cref="AanvullendeDienst.Id"/>).</summary>
    public required string DienstId { get; init; }

    /// <summary>Gets the date of the charge.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>Gets the amount charged, in eurocents.</summary>
    public required long BedragInEurocent { get; init; }

    /// <summary>Gets the number of units charged at the dienst's tarief (e.g. months of a subscription); 1 by default.</summary>
    public int Aantal { get; init; } = 1;

    /// <inheritdoc/>
    public override string ToString() => $"Bijbetaling '{Id}' voor dienst '{DienstId}' op {LocalDatePattern.Iso.Format(Datum)}";
}
