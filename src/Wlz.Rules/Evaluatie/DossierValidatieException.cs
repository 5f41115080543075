using System.Text;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>Thrown in <see cref="Validatiemodus.Strikt"/> when one or more dossiers fail validation; lists every failure.</summary>
public sealed class DossierValidatieException : Exception
{
    /// <summary>Initializes a new instance for the given rejections.</summary>
    /// <param name="afwijzingen">The rejected dossiers with their failures.</param>
    public DossierValidatieException(IReadOnlyList<Afwijzing> afwijzingen)
        : base(Beschrijf(afwijzingen))
    {
        Afwijzingen = afwijzingen;
    }

    /// <summary>Gets the rejected dossiers with their failures (BSNs masked).</summary>
    public IReadOnlyList<Afwijzing> Afwijzingen { get; }

    private static string Beschrijf(IReadOnlyList<Afwijzing> afwijzingen)
    {
        ArgumentNullException.ThrowIfNull(afwijzingen);
        var tekst = new StringBuilder().Append(afwijzingen.Count).Append(" dossier(s) failed validation:");
        foreach (var afwijzing in afwijzingen)
        {
            foreach (var fout in afwijzing.Fouten)
            {
                tekst.AppendLine().Append("  ").Append(fout.Code).Append(' ').Append(fout.Melding);
            }
        }

        return tekst.ToString();
    }
}
