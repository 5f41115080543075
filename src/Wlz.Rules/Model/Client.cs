using NodaTime;

namespace Wlz.Rules.Model;

/// <summary>A cliënt: the person a dossier is about (iWlz <c>Client</c> in AW33, AW35 and AW39).</summary>
/// <remarks>
/// <para>
/// <see cref="ClientId"/> is the key that joins everything about one cliënt: normally the BSN, or an opaque key
/// for test or pseudonymised data. Use <see cref="MetBsn"/> to build a cliënt keyed by its BSN.
/// </para>
/// <para>
/// <see cref="ToString"/> and <see cref="GemaskeerdeSleutel"/> never show a full BSN: a key of digits only shows its
/// last three digits.
/// </para>
/// </remarks>
public sealed record Client
{
    /// <summary>Gets the key of the cliënt: the BSN or an opaque key.</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the burgerservicenummer, when known.</summary>
    public Bsn? Bsn { get; init; }

    /// <summary>Gets the geboortedatum, when known.</summary>
    public LocalDate? Geboortedatum { get; init; }

    /// <summary>Gets the key safe to print in messages and logs (e.g. <c>******782</c> for a BSN).</summary>
    public string GemaskeerdeSleutel => Maskering.MaskeerSleutel(ClientId);

    /// <summary>Creates a cliënt whose <see cref="ClientId"/> is its BSN.</summary>
    /// <param name="bsn">The BSN.</param>
    /// <param name="geboortedatum">The geboortedatum, when known.</param>
    /// <returns>The cliënt.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bsn"/> is <see langword="null"/>.</exception>
    public static Client MetBsn(Bsn bsn, LocalDate? geboortedatum = null)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        return new Client { ClientId = bsn.Waarde, Bsn = bsn, Geboortedatum = geboortedatum };
    }

    /// <summary>Returns the masked key of the cliënt.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() => $"Client {GemaskeerdeSleutel}";
}
