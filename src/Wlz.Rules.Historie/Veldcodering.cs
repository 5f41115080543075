using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Historie;

/// <summary>
/// Encodes the fields of an entry as the JSON text of the <c>velden</c> column (<c>[["Deadline","2026-05-08"],…]</c>:
/// pairs, because names may repeat and their order is part of the entry) and hashes that text for the diff.
/// </summary>
/// <remarks>One instance per save: it reuses its buffer, so a million entries allocate one string each and nothing more.</remarks>
internal sealed class Veldcodering : IDisposable
{
    private static readonly JsonWriterOptions SchrijfOpties = new()
    {
        // Dutch letters stay readable for whoever opens the file with the sqlite3 shell.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _schrijver;

    /// <summary>Initializes a new instance of the <see cref="Veldcodering"/> class.</summary>
    internal Veldcodering() => _schrijver = new Utf8JsonWriter(_buffer, SchrijfOpties);

    /// <summary>Encodes the fields.</summary>
    /// <param name="velden">The fields, in display order.</param>
    /// <param name="hash">Receives the first 8 bytes of the SHA-256 of the JSON text (UTF-8), as a signed integer.</param>
    /// <returns>The JSON text.</returns>
    internal string Encode(IReadOnlyList<Signaalveld> velden, out long hash)
    {
        _buffer.ResetWrittenCount();
        _schrijver.Reset(_buffer);
        _schrijver.WriteStartArray();
        foreach (var veld in velden)
        {
            _schrijver.WriteStartArray();
            _schrijver.WriteStringValue(veld.Naam);
            _schrijver.WriteStringValue(veld.Waarde);
            _schrijver.WriteEndArray();
        }

        _schrijver.WriteEndArray();
        _schrijver.Flush();

        // Equal fields give equal text, so equal hashes; the hash only selects candidates: Regelwijziging.Van decides.
        Span<byte> sha = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.WrittenSpan, sha);
        hash = BinaryPrimitives.ReadInt64LittleEndian(sha);
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Decodes the JSON text of the <c>velden</c> column.</summary>
    /// <param name="json">The text written by <see cref="Encode"/>.</param>
    /// <returns>The fields, in their stored order.</returns>
    /// <exception cref="InvalidDataException">Thrown when the text is not a list of name/value pairs.</exception>
    internal static Signaalveld[] Decode(string json)
    {
        string[][]? paren;
        try
        {
            paren = JsonSerializer.Deserialize<string[][]>(json);
        }
        catch (JsonException fout)
        {
            throw new InvalidDataException($"The stored fields are not valid JSON: {fout.Message}", fout);
        }

        if (paren is null || Array.Exists(paren, p => p is not { Length: 2 } || p[0] is null || p[1] is null))
        {
            throw new InvalidDataException($"The stored fields are not a list of name/value pairs: {json}");
        }

        return Array.ConvertAll(paren, p => new Signaalveld(p[0], p[1]));
    }

    /// <inheritdoc/>
    public void Dispose() => _schrijver.Dispose();
}
