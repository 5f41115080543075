using System.Text;

namespace Wlz.Rules.Sample;

/// <summary>Renders rows as a fixed-width text table with a header and a rule line; long cells are cut off with '…'.</summary>
internal static class Tabel
{
    public const int MaxBreedte = 40;

    public static void Schrijf(TextWriter uit, string inspringing, IReadOnlyList<string> kop, IReadOnlyList<IReadOnlyList<string>> rijen)
    {
        var breedtes = kop.Select(k => Math.Min(MaxBreedte, k.Length)).ToArray();
        foreach (var rij in rijen)
        {
            for (var k = 0; k < breedtes.Length; k++)
            {
                breedtes[k] = Math.Max(breedtes[k], Math.Min(MaxBreedte, rij[k].Length));
            }
        }

        Rij(uit, inspringing, kop, breedtes);
        Rij(uit, inspringing, breedtes.Select(b => new string('-', b)).ToArray(), breedtes);
        foreach (var rij in rijen)
        {
            Rij(uit, inspringing, rij, breedtes);
        }
    }

    private static void Rij(TextWriter uit, string inspringing, IReadOnlyList<string> cellen, int[] breedtes)
    {
        var regel = new StringBuilder(inspringing);
        for (var k = 0; k < breedtes.Length; k++)
        {
            var cel = cellen[k].ReplaceLineEndings(" ");
            if (cel.Length > breedtes[k])
            {
                cel = string.Concat(cel.AsSpan(0, breedtes[k] - 1), "…");
            }

            regel.Append(k == breedtes.Length - 1 ? cel : cel.PadRight(breedtes[k] + 2));
        }

        uit.WriteLine(regel.ToString().TrimEnd());
    }
}
