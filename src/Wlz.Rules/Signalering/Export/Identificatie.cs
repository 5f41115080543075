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
/// guessed BSN against a pseudonym. Explanations and subjects are masked (any run of nine digits that passes the
/// 11-proef) in every mode; only the cliënt column of a <see cref="Identificatiesoort.Bsn"/> export holds the full BSN.
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

    /// <summary>Renders the subject (a toewijzing id, room, …) as exported: whole in a BSN export, else with BSN-like runs masked.</summary>
    /// <param name="onderwerp">The subject, or <see langword="null"/>.</param>
    /// <returns>The exported subject, or <see langword="null"/>.</returns>
    public string? Onderwerp(string? onderwerp) =>
        onderwerp is null ? null : Soort == Identificatiesoort.Bsn ? onderwerp : Maskering.MaskeerBsns(onderwerp);

    /// <summary>Renders a field as exported: whole in a BSN export, else with BSN-like runs masked (a field may repeat the subject).</summary>
    /// <param name="veld">The field.</param>
    /// <returns>The exported field.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="veld"/> is <see langword="null"/>.</exception>
    public Signaalveld Veld(Signaalveld veld)
    {
        ArgumentNullException.ThrowIfNull(veld);
        return Soort == Identificatiesoort.Bsn || !Maskering.BevatBsn(veld.Waarde) ? veld : veld with { Waarde = Maskering.MaskeerBsns(veld.Waarde) };
    }

    /// <summary>Renders free text (an explanation) as exported: whole, with every BSN-like run masked, in every mode.</summary>
    /// <param name="tekst">The text.</param>
    /// <returns>The exported text.</returns>
    public string Tekst(string? tekst) => Maskering.MaskeerBsns(tekst);

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
        HMACSHA256.HashData(_geheim, gegevens, hash);
        return hash[..lengte].ToArray();
    }
}
