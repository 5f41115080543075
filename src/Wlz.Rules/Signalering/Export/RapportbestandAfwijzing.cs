using Wlz.Rules.Validatie;

namespace Wlz.Rules.Signalering.Export;

/// <summary>One exported rejected dossier: its masked key and failures (see <see cref="Afwijzing"/>).</summary>
public sealed class RapportbestandAfwijzing
{
    /// <summary>Gets the masked key of the dossier.</summary>
    public string DossierSleutel { get; init; } = string.Empty;

    /// <summary>Gets the validation failures.</summary>
    public IReadOnlyList<RapportbestandFout> Fouten { get; init; } = [];

    /// <summary>Converts a rejection; the dossier itself (with its full BSN) is left out.</summary>
    /// <param name="afwijzing">The rejection.</param>
    /// <returns>The exported rejection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="afwijzing"/> is <see langword="null"/>.</exception>
    public static RapportbestandAfwijzing Van(Afwijzing afwijzing)
    {
        ArgumentNullException.ThrowIfNull(afwijzing);
        return new RapportbestandAfwijzing
        {
            DossierSleutel = afwijzing.DossierSleutel,
            Fouten = [.. afwijzing.Fouten.Select(f => new RapportbestandFout { Code = f.Code, Feit = f.Feit, Veld = f.Veld, Melding = f.Melding })],
        };
    }
}
