using System.Collections;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace Wlz.Rules.Signalering.Export;

/// <summary>
/// The entries of one list, kept as UTF-8 JSON in a file (a report's spool, or a report file read back) and
/// deserialized only when enumerated: a list of any length costs a position and a length per entry.
/// </summary>
internal sealed class OpgeslagenRegels : IReadOnlyList<RapportbestandRegel>
{
    private readonly SafeFileHandle? _open;
    private readonly string? _pad;
    private readonly Func<int, (long Positie, int Lengte)> _bereik;
    private readonly JsonSerializerOptions _options;

    private OpgeslagenRegels(SafeFileHandle? open, string? pad, int aantal, Func<int, (long Positie, int Lengte)> bereik, JsonSerializerOptions options)
    {
        _open = open;
        _pad = pad;
        Count = aantal;
        _bereik = bereik;
        _options = options;
    }

    public int Count { get; }

    public RapportbestandRegel this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_open is not null)
            {
                return Lees(_open, index);
            }

            using var handle = File.OpenHandle(_pad!);
            return Lees(handle, index);
        }
    }

    /// <summary>Entries in a file that stays open for the lifetime of the list (a spool that its owner deletes).</summary>
    public static OpgeslagenRegels InOpenBestand(SafeFileHandle bestand, int aantal, Func<int, (long Positie, int Lengte)> bereik, JsonSerializerOptions options) =>
        new(bestand, null, aantal, bereik, options);

    /// <summary>Entries in a file on disk, opened for each enumeration (a report read back).</summary>
    public static OpgeslagenRegels InBestand(string pad, int aantal, Func<int, (long Positie, int Lengte)> bereik, JsonSerializerOptions options) =>
        new(null, pad, aantal, bereik, options);

    public IEnumerator<RapportbestandRegel> GetEnumerator()
    {
        var handle = _open ?? File.OpenHandle(_pad!);
        try
        {
            for (var i = 0; i < Count; i++)
            {
                yield return Lees(handle, i);
            }
        }
        finally
        {
            if (_open is null)
            {
                handle.Dispose();
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RapportbestandRegel Lees(SafeFileHandle handle, int index)
    {
        var (positie, lengte) = _bereik(index);
        var bytes = new byte[lengte];
        var gelezen = RandomAccess.Read(handle, bytes, positie);
        if (gelezen != lengte)
        {
            throw new IOException($"The file of the report's entries changed or ended early: {gelezen} of {lengte} bytes read at byte {positie}.");
        }

        return JsonSerializer.Deserialize<RapportbestandRegel>(bytes, _options)
            ?? throw new IOException($"The file of the report's entries holds null instead of an entry at byte {positie}.");
    }
}
