using System.Text.Json;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// Reads JSON tokens from a stream through a small, growing buffer, and knows the byte offset of every value in the
/// stream, so that a large file can be indexed without holding it (or its objects) in memory.
/// </summary>
internal sealed class JsonStroom
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _begin;
    private int _einde;
    private long _bufferPositie;
    private bool _laatste;
    private JsonReaderState _state;

    public JsonStroom(Stream stream, JsonReaderOptions options)
    {
        _stream = stream;
        _state = new JsonReaderState(options);
    }

    /// <summary>Gets the type of the token last read.</summary>
    public JsonTokenType Token { get; private set; }

    /// <summary>Gets the text of the property name or string last read, else <see langword="null"/>.</summary>
    public string? Tekst { get; private set; }

    /// <summary>Gets the byte offset in the stream where the next token starts to be looked for.</summary>
    public long Positie => _bufferPositie + _begin;

    /// <summary>Reads the next token.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    public bool Lees()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_begin, _einde - _begin), _laatste, _state);
            if (reader.Read())
            {
                Token = reader.TokenType;
                Tekst = Token is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                Verbruik(ref reader);
                return true;
            }

            if (_laatste)
            {
                return false;
            }

            Vul();
        }
    }

    /// <summary>Reads the next token and checks its type.</summary>
    /// <exception cref="JsonException">Thrown when the token is another one.</exception>
    public void Verwacht(JsonTokenType type)
    {
        if (!Lees() || Token != type)
        {
            throw new JsonException($"Expected {type} at byte {Positie}, found {(Token == JsonTokenType.None ? "the end" : Token.ToString())}.");
        }
    }

    /// <summary>Reads the next whole value (after a property name) and deserializes it.</summary>
    public T? Waarde<T>(JsonSerializerOptions options) => VolgendeWaarde<T>(options, out var waarde, out _, out _)
        ? waarde
        : throw new JsonException($"Expected a value at byte {Positie}, found the end of an array.");

    /// <summary>
    /// Reads the next whole value of an array and deserializes it, with its byte range in the stream; at the end of
    /// the array, consumes it and returns <see langword="false"/>.
    /// </summary>
    public bool VolgendeWaarde<T>(JsonSerializerOptions options, out T? waarde, out long begin, out int lengte)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_begin, _einde - _begin), _laatste, _state);
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Token = reader.TokenType;
                    Verbruik(ref reader);
                    (waarde, begin, lengte) = (default, 0, 0);
                    return false;
                }

                var kopie = reader;
                if (kopie.TrySkip())
                {
                    begin = _bufferPositie + _begin + reader.TokenStartIndex;
                    waarde = JsonSerializer.Deserialize<T>(ref reader, options);
                    lengte = (int)(_bufferPositie + _begin + reader.BytesConsumed - begin);
                    Token = reader.TokenType;
                    Verbruik(ref reader);
                    return true;
                }
            }

            if (_laatste)
            {
                throw new JsonException($"The JSON ends inside a value at byte {Positie}.");
            }

            Vul();
        }
    }

    private void Verbruik(ref Utf8JsonReader reader)
    {
        _begin += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer when one value does not fit, and reads more.</summary>
    private void Vul()
    {
        var rest = _einde - _begin;
        if (_begin > 0)
        {
            Buffer.BlockCopy(_buffer, _begin, _buffer, 0, rest);
            _bufferPositie += _begin;
            _begin = 0;
            _einde = rest;
        }

        if (_einde == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var gelezen = _stream.Read(_buffer, _einde, _buffer.Length - _einde);
        _einde += gelezen;
        _laatste = gelezen == 0;
    }
}
