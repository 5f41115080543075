using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>The outcome for one input dossier: its signals, or the reasons it was rejected.</summary>
public sealed class Dossierresultaat
{
    internal Dossierresultaat(long volgnummer, string dossierSleutel, IReadOnlyList<Signaal> signalen, Afwijzing? afwijzing)
    {
        Volgnummer = volgnummer;
        DossierSleutel = dossierSleutel;
        Signalen = signalen;
        Afwijzing = afwijzing;
    }

    /// <summary>Gets the position of the dossier in the input (0-based).</summary>
    public long Volgnummer { get; }

    /// <summary>Gets the masked key of the dossier's cliënt.</summary>
    public string DossierSleutel { get; }

    /// <summary>Gets the signals the rules produced for the dossier, in a deterministic order (empty when rejected).</summary>
    public IReadOnlyList<Signaal> Signalen { get; }

    /// <summary>Gets the rejection when the dossier failed validation; otherwise <see langword="null"/>.</summary>
    public Afwijzing? Afwijzing { get; }

    /// <summary>Gets a value indicating whether the dossier was rejected instead of evaluated.</summary>
    public bool IsAfgewezen => Afwijzing is not null;
}
