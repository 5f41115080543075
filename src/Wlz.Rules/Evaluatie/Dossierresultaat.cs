using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>The outcome for one input dossier: its signals, or the reasons it was rejected.</summary>
public sealed class Dossierresultaat
{
    private readonly Model.Dossier _dossier;
    // Masked on first read: most callers of the bulk path never ask for it.
    private string? _dossierSleutel;

    internal Dossierresultaat(long volgnummer, Model.Dossier dossier, IReadOnlyList<Signaal> signalen, Afwijzing? afwijzing)
    {
        Volgnummer = volgnummer;
        _dossier = dossier;
        Signalen = signalen;
        Afwijzing = afwijzing;
    }

    /// <summary>Gets the position of the dossier in the input (0-based); 0 for <see cref="WlzRuleEngine.Evaluate"/>. A rejection carries the same number in <see cref="Validatie.Afwijzing.Volgnummer"/>.</summary>
    public long Volgnummer { get; }

    /// <summary>Gets the masked key of the dossier's cliënt.</summary>
    public string DossierSleutel => _dossierSleutel ??= _dossier.GemaskeerdeSleutel;

    /// <summary>Gets the signals the rules produced for the dossier, in a deterministic order (empty when rejected).</summary>
    public IReadOnlyList<Signaal> Signalen { get; }

    /// <summary>Gets the rejection when the dossier failed validation; otherwise <see langword="null"/>.</summary>
    public Afwijzing? Afwijzing { get; }

    /// <summary>Gets a value indicating whether the dossier was rejected instead of evaluated.</summary>
    public bool IsAfgewezen => Afwijzing is not null;
}
