using System.Buffers;
using System.Text.Json;
using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>
/// Reads a JSON array of dossiers element by element, from a complete text or from a stream fed in blocks, and names
/// every problem by its path and position in the whole document.
/// </summary>
/// <remarks>
/// <para>
/// The serializer's own readers fall short on both counts: deserializing a list lets a <c>null</c> element through, and
/// its asynchronous reader reports a path relative to its read buffer (<c>$[5]</c> for element 1500) and drops the
/// dossiers of that buffer that were read before the error. Here each element is deserialized on its own once it is
/// wholly in the buffer, so every dossier before an error is handed out, and the error gets the element's index and
/// the line and position counted over the whole document.
/// </para>
/// <para>
/// Memory: the buffer holds at least one whole element (it grows for a larger one) and is rented from the shared pool.
/// Not thread-safe; one instance per read.
/// </para>
/// </remarks>
internal sealed class Dossierlezer : IDisposable
{
    private const int Blokgrootte = 16 * 1024;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private readonly JsonSerializerOptions _options;
    private readonly bool _gehuurd;
    private byte[] _buffer;
    private int _begin;
    private int _eind;
    private bool _laatsteBlok;
    private JsonReaderState _state;
    private Fase _fase;
    private long _index;

    // The 0-based line of _buffer[_begin] and the byte position in that line, counted as the JSON reader counts them.
    private long _regel;
    private long _positie;

    /// <summary>Initializes a reader over a complete UTF-8 document.</summary>
    public Dossierlezer(byte[] utf8, JsonSerializerOptions options)
    {
        _options = options;
        _buffer = utf8;
        _eind = utf8.Length;
        _laatsteBlok = true;
        _state = new JsonReaderState(LeesOpties(options));
    }

    /// <summary>Initializes a reader that is fed from a stream with <see cref="Vul"/> or <see cref="VulAsync"/>.</summary>
    public Dossierlezer(JsonSerializerOptions options)
    {
        _options = options;
        _buffer = ArrayPool<byte>.Shared.Rent(Blokgrootte);
        _gehuurd = true;
        _state = new JsonReaderState(LeesOpties(options));
    }

    /// <summary>What <see cref="Volgende"/> found.</summary>
    public enum Stap
    {
        /// <summary>A dossier was read.</summary>
        Dossier,

        /// <summary>The buffer holds no whole element: feed more of the stream.</summary>
        MeerNodig,

        /// <summary>The array and the document have ended.</summary>
        Klaar,
    }

    private enum Fase
    {
        Begin,
        Elementen,
        Einde,
        Klaar,
    }

    /// <summary>Reads the next dossier from the buffer.</summary>
    /// <param name="dossier">The dossier, when <see cref="Stap.Dossier"/> is returned.</param>
    /// <returns>Whether a dossier was read, more input is needed, or the document has ended.</returns>
    /// <exception cref="WlzJsonException">The document is not a well-formed array of dossiers.</exception>
    public Stap Volgende(out Dossier? dossier)
    {
        dossier = null;
        while (true)
        {
            if (_fase == Fase.Klaar)
            {
                return Stap.Klaar;
            }

            var data = _buffer.AsSpan(_begin, _eind - _begin);
            if (_fase == Fase.Begin)
            {
                if (!_laatsteBlok && data.Length < Bom.Length && Bom.StartsWith(data))
                {
                    return Stap.MeerNodig;
                }

                // A stream may start with the UTF-8 byte order mark, as the serializer's stream readers accept.
                if (data.StartsWith(Bom))
                {
                    _begin += Bom.Length;
                    data = data[Bom.Length..];
                }
            }

            var reader = new Utf8JsonReader(data, _laatsteBlok, _state);
            if (!Lees(ref reader))
            {
                if (_fase == Fase.Einde && _laatsteBlok)
                {
                    _fase = Fase.Klaar;
                    return Stap.Klaar;
                }

                return Stap.MeerNodig;
            }

            switch (_fase)
            {
                case Fase.Begin when reader.TokenType == JsonTokenType.StartArray:
                    Verbruik(data, reader);
                    _fase = Fase.Elementen;
                    continue;
                case Fase.Begin:
                    throw Fout(data, reader, "$", reader.TokenType == JsonTokenType.Null
                        ? "The JSON holds null instead of an array of dossiers."
                        : $"Expected an array of dossiers, found {reader.TokenType}.");
                case Fase.Elementen when reader.TokenType == JsonTokenType.EndArray:
                    Verbruik(data, reader);
                    _fase = Fase.Einde;
                    continue;
                case Fase.Elementen when reader.TokenType == JsonTokenType.Null:
                    throw Fout(data, reader, Pad(), $"Dossier {_index} of the array is null.");
                case Fase.Elementen:
                    if (!IsHeel(reader))
                    {
                        return Stap.MeerNodig;
                    }

                    dossier = LeesElement(data, ref reader);
                    Verbruik(data, reader);
                    _index++;
                    return Stap.Dossier;
                default:
                    // After the array only whitespace may follow; the reader itself throws on anything else.
                    throw Fout(data, reader, "$", $"Unexpected {reader.TokenType} after the array of dossiers.");
            }
        }
    }

    /// <summary>Reads the next block of <paramref name="stream"/> into the buffer.</summary>
    public void Vul(Stream stream)
    {
        var gelezen = stream.Read(VrijGeheugen().Span);
        Ontvang(gelezen);
    }

    /// <summary>Reads the next block of <paramref name="stream"/> into the buffer.</summary>
    public async ValueTask VulAsync(Stream stream, CancellationToken cancellationToken)
    {
        var gelezen = await stream.ReadAsync(VrijGeheugen(), cancellationToken).ConfigureAwait(false);
        Ontvang(gelezen);
    }

    /// <summary>Returns the rented buffer.</summary>
    public void Dispose()
    {
        if (_gehuurd && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private static JsonReaderOptions LeesOpties(JsonSerializerOptions options) => new()
    {
        MaxDepth = options.MaxDepth,
        AllowTrailingCommas = options.AllowTrailingCommas,
        CommentHandling = options.ReadCommentHandling,
    };

    /// <summary>Whether the element that starts at the reader's token is wholly in the buffer; a final block that ends inside it throws.</summary>
    private bool IsHeel(Utf8JsonReader reader)
    {
        try
        {
            return reader.TrySkip();
        }
        catch (JsonException fout)
        {
            throw new WlzJsonException(fout, Pad(), fout.LineNumber, fout.BytePositionInLine);
        }
    }

    private bool Lees(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException fout)
        {
            throw new WlzJsonException(fout, _fase == Fase.Elementen ? Pad() : "$", fout.LineNumber, fout.BytePositionInLine);
        }
    }

    private Dossier? LeesElement(ReadOnlySpan<byte> data, ref Utf8JsonReader reader)
    {
        var (regel, positie) = Plaats(data, reader.TokenStartIndex);
        try
        {
            return JsonSerializer.Deserialize<Dossier>(ref reader, _options);
        }
        catch (JsonException fout) when (fout is not WlzJsonException)
        {
            // The serializer reads the element as a document of its own: its path starts at the element, its line and
            // position count from the element's first byte.
            var pad = fout.Path is { Length: > 0 } binnen && binnen[0] == '$' ? Pad() + binnen[1..] : Pad();
            long? foutregel = fout.LineNumber is { } l ? regel + l : null;
            long? foutpositie = fout.BytePositionInLine is { } p ? (fout.LineNumber == 0 ? positie + p : p) : null;
            throw new WlzJsonException(fout, pad, foutregel, foutpositie);
        }
    }

    private string Pad() => $"$[{_index}]";

    private WlzJsonException Fout(ReadOnlySpan<byte> data, Utf8JsonReader reader, string pad, string oorzaak)
    {
        var (regel, positie) = Plaats(data, reader.TokenStartIndex);
        return new WlzJsonException(oorzaak, pad, regel, positie);
    }

    /// <summary>The 0-based line and byte position of <paramref name="offset"/> in <paramref name="data"/>, in the whole document.</summary>
    private (long Regel, long Positie) Plaats(ReadOnlySpan<byte> data, long offset)
    {
        var voor = data[..(int)offset];
        var regels = voor.Count((byte)'\n');
        return regels == 0 ? (_regel, _positie + voor.Length) : (_regel + regels, voor.Length - voor.LastIndexOf((byte)'\n') - 1);
    }

    private void Verbruik(ReadOnlySpan<byte> data, Utf8JsonReader reader)
    {
        var verbruikt = (int)reader.BytesConsumed;
        (_regel, _positie) = Plaats(data, verbruikt);
        _begin += verbruikt;
        _state = reader.CurrentState;
    }

    private void Ontvang(int gelezen)
    {
        if (gelezen == 0)
        {
            _laatsteBlok = true;
        }

        _eind += gelezen;
    }

    /// <summary>Moves the unread bytes to the front and grows the buffer when an element fills it, then returns the free part.</summary>
    private Memory<byte> VrijGeheugen()
    {
        var ongelezen = _eind - _begin;
        if (_begin > 0 && (_eind == _buffer.Length || _begin >= _buffer.Length / 2))
        {
            _buffer.AsSpan(_begin, ongelezen).CopyTo(_buffer);
            _begin = 0;
            _eind = ongelezen;
        }

        if (_eind == _buffer.Length)
        {
            var groter = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _eind).CopyTo(groter);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = groter;
        }

        return _buffer.AsMemory(_eind);
    }
}
