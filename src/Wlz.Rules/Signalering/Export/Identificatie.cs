using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Wlz.Rules.Model;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// The explicit choice of how an export identifies cliënten (<see cref="Identificatiesoort"/>), with the secret that
/// makes pseudonyms and pairing keys: the one place where a cliënt key becomes exported text.
/// </summary>
/// <remarks>
/// <para>
/// Whatever the choice, each entry also gets a <see cref="Koppelsleutel(Signaal)"/>: a keyed hash (HMAC-SHA256) of the
/// entry's full identity (list, zorgaanbieder, cliënt, subject). It is unambiguous where a masked key repeats
/// (<c>******208</c> stands for about a million BSNs), it does not reveal the BSN, and it is stable across runs made
/// with the same secret, so the week-over-week diff and the history pair entries on it. <see cref="Koppeling"/> is a
/// fingerprint of the secret, written into every report, so two reports made with different secrets are never paired.
/// </para>
/// <para>
/// Keep the secret out of the exported files (an environment variable, a key vault): whoever holds it can test a
/// guessed BSN against a pseudonym. Subjects, fields and explanations have the cliënt's BSN masked unless the export
/// identifies by BSN (<see cref="Tekst"/>).
/// </para>
/// </remarks>
public sealed class Identificatie
{
    /// <summary>The shortest secret accepted, in bytes.</summary>
    public const int MinimaleSleutellengte = 16;

    /// <summary>The prefix of a pseudonym, so that it is never mistaken for a BSN.</summary>
    public const string PseudoniemVoorvoegsel = "PS-";

    private const int PseudoniemBytes = 10;
    private const int KoppelsleutelBytes = 16;
    private readonly byte[] _geheim;

    [ThreadStatic]
    private static HMACSHA256? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacGeheim;

    private Identificatie(Identificatiesoort soort, ReadOnlySpan<byte> geheim)
    {
        if (geheim.Length < MinimaleSleutellengte)
        {
            throw new ArgumentException($"The secret of an identificatie needs at least {MinimaleSleutellengte} bytes; it has {geheim.Length}.", nameof(geheim));
        }

        Soort = soort;
        _geheim = geheim.ToArray();
        Koppeling = Convert.ToHexString(Hash("wlz-rules/koppeling"u8, 8)).ToLowerInvariant();
    }

    /// <summary>Gets how cliënten are identified.</summary>
    public Identificatiesoort Soort { get; }

    /// <summary>Gets the fingerprint of the secret (16 hex digits): equal for two reports whose entries can be paired.</summary>
    public string Koppeling { get; }

    /// <summary>Creates the masked identification: cliënten as <c>******782</c>.</summary>
    /// <param name="geheim">The secret for the pairing keys; at least <see cref="MinimaleSleutellengte"/> bytes (see <see cref="NieuwGeheim"/>).</param>
    /// <returns>The identification.</returns>
    /// <exception cref="ArgumentException">Thrown when the secret is too short.</exception>
    public static Identificatie Gemaskeerd(ReadOnlySpan<byte> geheim) => new(Identificatiesoort.Gemaskeerd, geheim);

    /// <summary>Creates the pseudonymous identification: cliënten as <c>PS-</c> + 20 hex digits of HMAC-SHA256(secret, key).</summary>
    /// <param name="geheim">The secret; at least <see cref="MinimaleSleutellengte"/> bytes. The same secret gives the same pseudonyms every week.</param>
    /// <returns>The identification.</returns>
    /// <exception cref="ArgumentException">Thrown when the secret is too short.</exception>
    public static Identificatie Pseudoniem(ReadOnlySpan<byte> geheim) => new(Identificatiesoort.Pseudoniem, geheim);

    /// <summary>Creates the identification by full BSN (the cliënt key as given): only for a file sent over a secure channel.</summary>
    /// <param name="geheim">The secret for the pairing keys; at least <see cref="MinimaleSleutellengte"/> bytes.</param>
    /// <returns>The identification.</returns>
    /// <exception cref="ArgumentException">Thrown when the secret is too short.</exception>
    public static Identificatie Bsn(ReadOnlySpan<byte> geheim) => new(Identificatiesoort.Bsn, geheim);

    /// <summary>Creates an identification of the given kind.</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="geheim">The secret; at least <see cref="MinimaleSleutellengte"/> bytes.</param>
    /// <returns>The identification.</returns>
    /// <exception cref="ArgumentException">Thrown when the secret is too short or the kind is unknown.</exception>
    public static Identificatie Van(Identificatiesoort soort, ReadOnlySpan<byte> geheim) => Enum.IsDefined(soort)
        ? new(soort, geheim)
        : throw new ArgumentException($"{soort} is not an Identificatiesoort.", nameof(soort));

    /// <summary>Creates a new random secret of 32 bytes (for a store that keeps it, e.g. the history database).</summary>
    /// <returns>The secret.</returns>
    public static byte[] NieuwGeheim() => RandomNumberGenerator.GetBytes(32);

    /// <summary>Renders the cliënt key as this identification exports it.</summary>
    /// <param name="client">The cliënt key.</param>
    /// <returns>The full key, its pseudonym, or its masked form.</returns>
    public string Client(Clientsleutel client) => Soort switch
    {
        Identificatiesoort.Bsn => client.Waarde,
        Identificatiesoort.Pseudoniem => PseudoniemVoorvoegsel + Convert.ToHexString(Hash(client.Waarde, "client:", PseudoniemBytes)),
        _ => client.Gemaskeerd,
    };

    /// <summary>Renders the subject (a toewijzing id, room, …) of a signal as exported (see <see cref="Tekst"/>).</summary>
    /// <param name="signaal">The signal.</param>
    /// <returns>The exported subject, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="signaal"/> is <see langword="null"/>.</exception>
    public string? Onderwerp(Signaal signaal)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        return signaal.Onderwerp is null ? null : Tekst(signaal, signaal.Onderwerp);
    }

    /// <summary>Renders a field of a signal as exported (see <see cref="Tekst"/>): a field may repeat the subject.</summary>
    /// <param name="signaal">The signal.</param>
    /// <param name="veld">The field.</param>
    /// <returns>The exported field.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public Signaalveld Veld(Signaal signaal, Signaalveld veld)
    {
        ArgumentNullException.ThrowIfNull(veld);
        var waarde = Tekst(signaal, veld.Waarde);
        return ReferenceEquals(waarde, veld.Waarde) ? veld : veld with { Waarde = waarde };
    }

    /// <summary>
    /// Renders text of a signal (its subject, a field, its explanation) as exported: whole in a
    /// <see cref="Identificatiesoort.Bsn"/> export; otherwise with every occurrence of the cliënt's own BSN masked.
    /// </summary>
    /// <param name="signaal">The signal the text belongs to.</param>
    /// <param name="tekst">The text.</param>
    /// <returns>The exported text.</returns>
    /// <remarks>
    /// The cliënt's BSN is masked where it is known, not every run of nine digits that passes the 11-proef: an iWlz
    /// besluitnummer has up to nine digits too (<c>LDT_Besluitnummer</c>, 1–999999999), and one in eleven would pass.
    /// The rule sets' own explanations mask every other cliënt they name.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public string Tekst(Signaal signaal, string tekst)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        ArgumentNullException.ThrowIfNull(tekst);
        var bsn = signaal.ClientId.Waarde;
        if (Soort == Identificatiesoort.Bsn || bsn.Length != Model.Bsn.Lengte || !tekst.Contains(bsn, StringComparison.Ordinal)
            || bsn.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return tekst;
        }

        return tekst.Replace(bsn, signaal.ClientId.Gemaskeerd, StringComparison.Ordinal);
    }

    /// <summary>
    /// Gets the pairing key of a signal: 22 characters of base64url of HMAC-SHA256(secret, list|zorgaanbieder|cliënt|subject).
    /// </summary>
    /// <param name="signaal">The signal.</param>
    /// <returns>The pairing key; equal for the same entry in two runs with the same secret.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="signaal"/> is <see langword="null"/>.</exception>
    public string Koppelsleutel(Signaal signaal)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        return Convert.ToBase64String(Hash(signaal.Sleutel, "regel:", KoppelsleutelBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Returns the kind and the fingerprint; never the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"Identificatie {Soort} (koppeling {Koppeling})";

    private byte[] Hash(string waarde, string domein, int lengte)
    {
        var aantal = Encoding.UTF8.GetByteCount(domein) + Encoding.UTF8.GetByteCount(waarde);
        var buffer = ArrayPool<byte>.Shared.Rent(aantal);
        try
        {
            var geschreven = Encoding.UTF8.GetBytes(domein, buffer);
            geschreven += Encoding.UTF8.GetBytes(waarde, buffer.AsSpan(geschreven));
            return Hash(buffer.AsSpan(0, geschreven), lengte);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Hash(ReadOnlySpan<byte> gegevens, int lengte)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Hmac().TryComputeHash(gegevens, hash, out _);
        return hash[..lengte].ToArray();
    }

    /// <summary>
    /// This thread's HMAC with this secret: reusing one keeps its key schedule, where the one-shot
    /// <see cref="HMACSHA256.HashData(byte[], byte[])"/> sets up a new one for every entry.
    /// </summary>
    private HMACSHA256 Hmac()
    {
        var hmac = t_hmac;
        if (hmac is null || !ReferenceEquals(t_hmacGeheim, _geheim))
        {
            hmac?.Dispose();
            hmac = new HMACSHA256(_geheim);
            t_hmac = hmac;
            t_hmacGeheim = _geheim;
        }

        return hmac;
    }
}
