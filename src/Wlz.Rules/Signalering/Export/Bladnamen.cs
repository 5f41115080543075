using System.Globalization;

namespace Wlz.Rules.Signalering.Export;

/// <summary>Turns list codes into the names of a workbook's sheets, within Excel's rules for sheet names.</summary>
internal static class Bladnamen
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaximaleLengte = 31;

    // Excel refuses these in a sheet name, and a name that starts or ends with an apostrophe.
    private static readonly char[] Verboden = [':', '\\', '/', '?', '*', '[', ']'];

    /// <summary>
    /// Gives each code a sheet name: forbidden characters become <c>_</c>, the name is cut to 31 characters, and a name
    /// already taken (Excel compares case-insensitively; <c>History</c> is reserved) gets <c> (2)</c>, <c> (3)</c>, …
    /// within those 31.
    /// </summary>
    /// <param name="codes">The list codes, in sheet order.</param>
    /// <returns>The sheet names, in the same order.</returns>
    public static IReadOnlyList<string> Voor(IEnumerable<string> codes)
    {
        var genomen = new HashSet<string>(["History"], StringComparer.OrdinalIgnoreCase);
        var namen = new List<string>();
        foreach (var code in codes)
        {
            var basis = Veilig(code);
            var naam = basis;
            for (var volgnummer = 2; !genomen.Add(naam); volgnummer++)
            {
                var achtervoegsel = string.Create(CultureInfo.InvariantCulture, $" ({volgnummer})");
                naam = basis[..Math.Min(basis.Length, MaximaleLengte - achtervoegsel.Length)] + achtervoegsel;
            }

            namen.Add(naam);
        }

        return namen;
    }

    private static string Veilig(string code)
    {
        var naam = string.Join('_', code.Split(Verboden)).Trim('\'').Trim();
        naam = naam.Length == 0 ? "Lijst" : naam;
        return naam.Length <= MaximaleLengte ? naam : naam[..MaximaleLengte].TrimEnd('\'');
    }
}
