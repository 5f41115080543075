using System.Text.Json.Serialization;
using Wlz.Rules.Model;

namespace Wlz.Rules.Validatie;

/// <summary>A rejected dossier: its masked key and every validation failure found in it.</summary>
/// <remarks>Every input dossier ends up either evaluated or rejected; a rejection is never silent.</remarks>
public sealed class Afwijzing
{
    /// <summary>Initializes a new instance of the <see cref="Afwijzing"/> class.</summary>
    /// <param name="dossier">The rejected dossier.</param>
    /// <param name="fouten">The failures; at least one.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="fouten"/> is empty.</exception>
    public Afwijzing(Dossier dossier, IEnumerable<Validatiefout> fouten)
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
    }

    /// <summary>Gets the masked key of the dossier (e.g. <c>******782</c>).</summary>
    public string DossierSleutel { get; }

    /// <summary>Gets every failure found in the dossier.</summary>
    public IReadOnlyList<Validatiefout> Fouten { get; }

    /// <summary>Gets the rejected dossier itself, e.g. to correct and resubmit it. Not serialized: it holds the full BSN.</summary>
    [JsonIgnore]
    public Dossier Dossier { get; }

    /// <summary>Returns the masked key and every failure, one per line.</summary>
    /// <returns>A description that never contains a full BSN.</returns>
    public override string ToString() =>
        $"Dossier {DossierSleutel} rejected with {Fouten.Count} failure(s):{Environment.NewLine}{string.Join(Environment.NewLine, Fouten)}";
}
