using System.Text;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Sample;

/// <summary>Where the sample finds the secret of pseudonyms and pairing keys: a file, an environment variable, or a store.</summary>
internal static class Geheim
{
    /// <summary>The environment variable that holds the secret as text.</summary>
    public const string Omgevingsvariabele = "WLZ_RULES_GEHEIM";

    /// <summary>
    /// Gets the user's secret from <c>--geheim-bestand</c> or <see cref="Omgevingsvariabele"/>, or <see langword="null"/>
    /// when the user gave none.
    /// </summary>
    public static byte[]? VanGebruiker(SampleOpties opties)
    {
        string? tekst;
        string bron;
        if (opties.GeheimBestand is { } pad)
        {
            bron = pad;
            try
            {
                tekst = File.ReadAllText(pad).Trim();
            }
            catch (Exception fout) when (fout is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new Gebruiksfout($"--geheim-bestand {pad}: kan niet lezen: {fout.Message}");
            }
        }
        else
        {
            bron = Omgevingsvariabele;
            tekst = Environment.GetEnvironmentVariable(Omgevingsvariabele);
            if (string.IsNullOrEmpty(tekst))
            {
                return null;
            }
        }

        var geheim = Encoding.UTF8.GetBytes(tekst);
        if (geheim.Length < Identificatie.MinimaleSleutellengte)
        {
            throw new Gebruiksfout($"{bron}: het geheim is te kort; gebruik minstens {Identificatie.MinimaleSleutellengte} tekens.");
        }

        return geheim;
    }
}
