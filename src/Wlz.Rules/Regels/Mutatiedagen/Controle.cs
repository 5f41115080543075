using System.Globalization;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Small computations shared by the declaration checks.</summary>
internal static class Controle
{
    internal static int Totaal(IEnumerable<Declaratieregel> regels)
    {
        var totaal = 0;
        foreach (var regel in regels)
        {
            totaal += regel.Aantal;
        }

        return totaal;
    }

    internal static string Tekst(int getal) => getal.ToString(CultureInfo.InvariantCulture);
}
