using System.Text;

namespace Wlz.Rules.Validatie.Kamers;

/// <summary>Thrown in <see cref="Evaluatie.Validatiemodus.Strikt"/> when a room partition fails validation; lists every failure.</summary>
public sealed class KamerdossierValidatieException : Exception
{
    /// <summary>Initializes a new instance for the given rejection.</summary>
    /// <param name="afwijzing">The rejected room partition with its failures.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="afwijzing"/> is <see langword="null"/>.</exception>
    public KamerdossierValidatieException(Kamerafwijzing afwijzing)
        : base(Beschrijf(afwijzing))
    {
        Afwijzing = afwijzing;
    }

    /// <summary>Gets the rejected room partition with its failures.</summary>
    public Kamerafwijzing Afwijzing { get; }

    private static string Beschrijf(Kamerafwijzing afwijzing)
    {
        ArgumentNullException.ThrowIfNull(afwijzing);
        var tekst = new StringBuilder().Append("Kamer ").Append(afwijzing.KamerId).Append(" failed validation:");
        foreach (var fout in afwijzing.Fouten)
        {
            tekst.AppendLine().Append("  ").Append(fout.Code).Append(' ').Append(fout.Melding);
        }

        return tekst.ToString();
    }
}
