using System.Globalization;
using System.Text.Json.Serialization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>A rejected dossier: its masked key, its position in the input, and every validation failure found in it.</summary>
/// <remarks>Every input dossier ends up either evaluated or rejected; a rejection is never silent.</remarks>
public sealed class Afwijzing
{
    /// <summary>Initializes a new instance of the <see cref="Afwijzing"/> class, without an input position.</summary>
    /// <param name="dossier">The rejected dossier.</param>
    /// <param name="fouten">The failures; at least one.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="fouten"/> is empty.</exception>
    public Afwijzing(Dossier dossier, IEnumerable<Validatiefout> fouten)
        : this(dossier, fouten, volgnummer: null)
    {
    }

    private Afwijzing(Dossier dossier, IEnumerable<Validatiefout> fouten, long? volgnummer)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(fouten);
        Fouten = [.. fouten];
        if (Fouten.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one failure.", nameof(fouten));
        }

        Dossier = dossier;
        DossierSleutel = dossier.GemaskeerdeSleutel;
        Volgnummer = volgnummer;
    }

    /// <summary>Gets the masked key of the dossier (e.g. <c>******782</c>).</summary>
    public string DossierSleutel { get; }

    /// <summary>
    /// Gets the 0-based position of the dossier in the input of a population run (<c>EvaluateStream</c>,
    /// <c>EvaluateAll</c> and their asynchronous forms), the same number as <c>Dossierresultaat.Volgnummer</c>; or
    /// <see langword="null"/> when the dossier was judged on its own (<c>WlzRuleEngine.Evaluate</c>,
    /// <see cref="DossierValidator.Beoordeel"/>), where there is no input to point into.
    /// </summary>
    public long? Volgnummer { get; }

    /// <summary>Gets every failure found in the dossier.</summary>
    public IReadOnlyList<Validatiefout> Fouten { get; }

    /// <summary>Gets the rejected dossier itself, e.g. to correct and resubmit it. Not serialized: it holds the full BSN.</summary>
    [JsonIgnore]
    public Dossier Dossier { get; }

    /// <summary>Returns the masked key, the input position when known, and every failure, one per line.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() =>
        $"Dossier {Beschrijving} rejected with {Fouten.Count} failure(s):{Environment.NewLine}{string.Join(Environment.NewLine, Fouten)}";

    /// <summary>Gets the masked key with the input position when known, e.g. <c>******782 at input position 17</c>.</summary>
    internal string Beschrijving => Volgnummer is { } positie
        ? string.Create(CultureInfo.InvariantCulture, $"{DossierSleutel} at input position {positie}")
        : DossierSleutel;

    /// <summary>Returns a rejection of the same dossier with <paramref name="voorafgaand"/> before the failures and the input position set.</summary>
    internal Afwijzing Met(Validatiefout? voorafgaand, long volgnummer) =>
        new(Dossier, voorafgaand is null ? Fouten : Fouten.Prepend(voorafgaand), volgnummer);

    /// <summary>Creates the rejection of a dossier that failed only <paramref name="fout"/>, at an input position.</summary>
    internal static Afwijzing Van(Dossier dossier, Validatiefout fout, long volgnummer) => new(dossier, [fout], volgnummer);
}
