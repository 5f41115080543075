using System.Globalization;
using System.Text;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Evaluatie;

/// <summary>Thrown in <see cref="Validatiemodus.Strikt"/> when one or more dossiers fail validation.</summary>
/// <remarks>
/// <see cref="Afwijzingen"/> holds every rejection. The message lists the first 100, each with its input position,
/// masked key and failures, and then counts the rest: a run that rejects a whole file must not build a message of
/// hundreds of megabytes, and a log line that long helps nobody.
/// </remarks>
public sealed class DossierValidatieException : Exception
{
    // The rejections listed in the message; the rest are counted.
    private const int Getoond = 100;

    /// <summary>Initializes a new instance for the given rejections.</summary>
    /// <param name="afwijzingen">The rejected dossiers with their failures.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="afwijzingen"/> is <see langword="null"/>.</exception>
    public DossierValidatieException(IReadOnlyList<Afwijzing> afwijzingen)
        : base(Beschrijf(afwijzingen))
    {
        Afwijzingen = afwijzingen;
    }

    /// <summary>Gets every rejected dossier with its failures (BSNs masked), also those the message leaves out.</summary>
    public IReadOnlyList<Afwijzing> Afwijzingen { get; }

    private static string Beschrijf(IReadOnlyList<Afwijzing> afwijzingen)
    {
        ArgumentNullException.ThrowIfNull(afwijzingen);
        var tekst = new StringBuilder().Append(afwijzingen.Count).Append(" dossier(s) failed validation:");
        for (var i = 0; i < afwijzingen.Count && i < Getoond; i++)
        {
            var afwijzing = afwijzingen[i];
            tekst.AppendLine().Append("  Dossier ").Append(afwijzing.Beschrijving).Append(':');
            foreach (var fout in afwijzing.Fouten)
            {
                tekst.AppendLine().Append("    ").Append(fout.Code).Append(' ').Append(fout.Melding);
            }
        }

        if (afwijzingen.Count > Getoond)
        {
            tekst.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {afwijzingen.Count - Getoond} more; {afwijzingen.Count} dossier(s) rejected in total.");
        }

        return tekst.ToString();
    }
}
