using Wlz.Rules.Model;
using Wlz.Rules.Parameters;

namespace Wlz.Rules.Evaluatie;

/// <summary>The facts one session holds for one dossier: the peildatum, the parameters in force, the dossier's facts and the zorgaanbieders it names.</summary>
internal static class Sessiefeiten
{
    public static IEnumerable<object> Van(Dossier dossier, Peildatum peildatum, ParametersOpPeildatum parameters, Zorgaanbiederregister register)
    {
        yield return peildatum;
        yield return parameters;
        foreach (var feit in dossier.Feiten())
        {
            yield return feit;
        }

        var toewijzingen = dossier.Zorgtoewijzingen;
        for (int i = 0; i < toewijzingen.Count; i++)
        {
            var agb = toewijzingen[i].Zorgaanbieder;
            if (!EerderGenoemd(toewijzingen, i, agb) && register.Vind(agb) is { } zorgaanbieder)
            {
                yield return zorgaanbieder;
            }
        }
    }

    private static bool EerderGenoemd(IReadOnlyList<Zorgtoewijzing> toewijzingen, int index, AgbCode agb)
    {
        for (int i = 0; i < index; i++)
        {
            if (toewijzingen[i].Zorgaanbieder.Equals(agb))
            {
                return true;
            }
        }

        return false;
    }
}
