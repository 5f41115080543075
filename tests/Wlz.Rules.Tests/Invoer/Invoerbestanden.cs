using System.Text;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Invoer;

/// <summary>JSON inputs and readers shared by the input-contract tests.</summary>
internal static class Invoerbestanden
{
    /// <summary>The three ways to read a JSON array of dossiers.</summary>
    public static TheoryData<string> Lezers => new() { "string", "stream", "async" };

    /// <summary>One JSON element per dossier, each on its own line, with element <paramref name="kapot"/> made unreadable (a bad date).</summary>
    public static string Array(IReadOnlyList<Dossier> dossiers, int kapot = -1)
    {
        var tekst = new StringBuilder("[\n");
        for (var i = 0; i < dossiers.Count; i++)
        {
            var element = WlzJson.SchrijfDossiers([dossiers[i]])[1..^1];
            if (i == kapot)
            {
                element = element.Replace("\"client\":{", "\"client\":{\"geboortedatum\":\"gisteren\",", StringComparison.Ordinal);
            }

            tekst.Append(element).Append(i == dossiers.Count - 1 ? "\n" : ",\n");
        }

        return tekst.Append(']').ToString();
    }

    /// <summary>A population with distinct cliënt keys.</summary>
    public static Dossier[] Populatie(int aantal) => new Populatiegenerator(aantal, 5, seed: 3, Dossiers.StandaardPeildatum).Dossiers().ToArray();

    /// <summary>Reads <paramref name="json"/> with the chosen reader, to the end.</summary>
    public static async Task<IReadOnlyList<Dossier>> Lees(string lezer, string json)
    {
        switch (lezer)
        {
            case "string":
                return WlzJson.LeesDossiers(json);
            case "stream":
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                {
                    return WlzJson.LeesDossiers(stream);
                }

            default:
                var gelezen = new List<Dossier>();
                await using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                {
                    await foreach (var dossier in WlzJson.LeesDossiersAsync(stream))
                    {
                        gelezen.Add(dossier);
                    }
                }

                return gelezen;
        }
    }

    /// <summary>Hands out <paramref name="bron"/> asynchronously, yielding the thread between items.</summary>
    public static async IAsyncEnumerable<T> Asynchroon<T>(IEnumerable<T> bron)
    {
        foreach (var item in bron)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>Elfproef-valid BSNs from a seed (never 000000000).</summary>
    public static IEnumerable<string> Bsns(int seed)
    {
        var random = new Random(seed);
        while (true)
        {
            var cijfers = new int[9];
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                cijfers[i] = random.Next(10);
                som += cijfers[i] * (9 - i);
            }

            cijfers[8] = som % 11;
            var bsn = string.Concat(cijfers);
            if (cijfers[8] < 10 && Bsn.VoldoetAanElfproef(bsn))
            {
                yield return bsn;
            }
        }
    }
}

/// <summary>A stream that hands out at most one byte per read: every element and token crosses a buffer boundary.</summary>
internal sealed class DruppelStream(byte[] inhoud) : MemoryStream(inhoud)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);
}
