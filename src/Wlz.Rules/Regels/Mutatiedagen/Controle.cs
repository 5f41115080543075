using System.Globalization;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Small computations shared by the declaration checks.</summary>
internal static class Controle
{
    internal static int Totaal(IReadOnlyList<Declaratieregel> regels)
    {
        var totaal = 0;
        for (var i = 0; i < regels.Count; i++)
        {
            totaal += regels[i].Aantal;
        }

        return totaal;
    }

    internal static string Tekst(int getal) => getal.ToString(CultureInfo.InvariantCulture);
}
