using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Testing;

/// <summary>Builds a <see cref="Client"/>; used through <see cref="DossierBuilder.MetClient"/>.</summary>
/// <remarks>Immutable: every method returns a new builder. By default the cliënt has BSN <see cref="Dossiers.StandaardBsn"/> and no geboortedatum.</remarks>
public sealed class ClientBuilder
{
    private string? _bsn;
    private string? _clientId;
    private LocalDate? _geboortedatum;

    internal ClientBuilder()
    {
    }

    /// <summary>Returns a builder for a cliënt keyed by <paramref name="bsn"/>.</summary>
    /// <param name="bsn">The BSN as text; it is not checked here, so a test can build a dossier with a wrong BSN.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bsn"/> is <see langword="null"/>.</exception>
    public ClientBuilder Bsn(string bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        return Kopie(b => (b._bsn, b._clientId) = (bsn, null));
    }

    /// <summary>Returns a builder for a cliënt keyed by <paramref name="bsn"/>.</summary>
    /// <param name="bsn">The BSN.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bsn"/> is <see langword="null"/>.</exception>
    public ClientBuilder Bsn(Bsn bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        return Bsn(bsn.Waarde);
    }

    /// <summary>Returns a builder for a cliënt with an opaque key and no BSN (test or pseudonymised data).</summary>
    /// <param name="clientId">The key.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="clientId"/> is <see langword="null"/>.</exception>
    public ClientBuilder ClientId(string clientId)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return Kopie(b => (b._bsn, b._clientId) = (null, clientId));
    }

    /// <summary>Returns a builder for a cliënt born on <paramref name="geboortedatum"/>.</summary>
    /// <param name="geboortedatum">The geboortedatum.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder Geboren(LocalDate geboortedatum) => Kopie(b => b._geboortedatum = geboortedatum);

    /// <summary>Returns a builder for a cliënt born on the given day.</summary>
    /// <param name="jaar">The year.</param>
    /// <param name="maand">The month (1–12).</param>
    /// <param name="dag">The day of the month.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder Geboren(int jaar, int maand, int dag) => Geboren(new LocalDate(jaar, maand, dag));

    /// <summary>Builds the cliënt.</summary>
    /// <returns>The cliënt.</returns>
    public Client Build()
    {
        if (_clientId is not null)
        {
            return new Client { ClientId = _clientId, Geboortedatum = _geboortedatum };
        }

        var bsn = _bsn is null ? Dossiers.StandaardBsn : new Model.Bsn(_bsn);
        return new Client { ClientId = bsn.Waarde, Bsn = bsn, Geboortedatum = _geboortedatum };
    }

    private ClientBuilder Kopie(Action<ClientBuilder> wijzig)
    {
        var kopie = (ClientBuilder)MemberwiseClone();
        wijzig(kopie);
        return kopie;
    }
}
