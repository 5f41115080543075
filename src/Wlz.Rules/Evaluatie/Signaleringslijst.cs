using NodaTime;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Evaluatie;

/// <summary>
/// One list for one zorgaanbieder on one peildatum, as the zorgkantoor sends it through notitieverkeer.
/// </summary>
/// <remarks>"U ontvangt een lijst alleen als één of meerdere van uw cliënten aan de criteria voldoen": a list is only built when it has entries.</remarks>
public sealed class Signaleringslijst
{
    internal Signaleringslijst(Lijstdefinitie lijst, string? zorgaanbieder, LocalDate peildatum, IReadOnlyList<Signaal> regels)
    {
        Lijst = lijst;
        Zorgaanbieder = zorgaanbieder;
        Peildatum = peildatum;
        Regels = regels;
    }

    /// <summary>Gets which list this is.</summary>
    public Lijstdefinitie Lijst { get; }

    /// <summary>Gets the AGB code of the zorgaanbieder the list goes to (<see langword="null"/> for the zorgkantoor's own actions).</summary>
    public string? Zorgaanbieder { get; }

    /// <summary>Gets the peildatum of the evaluation.</summary>
    public LocalDate Peildatum { get; }

    /// <summary>Gets the entries, ordered by cliënt and subject.</summary>
    public IReadOnlyList<Signaal> Regels { get; }
}
