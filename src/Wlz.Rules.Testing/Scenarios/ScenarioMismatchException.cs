using System.Text;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Testing.Scenarios;

/// <summary>
/// Thrown when a <see cref="Scenario"/> does not hold: its message lists every missing and every unexpected signal
/// (with its fields and explanation) and every rejected dossier, so a test failure says what to fix.
/// </summary>
public sealed class ScenarioMismatchException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioMismatchException"/> class.</summary>
    /// <param name="naam">The scenario's name.</param>
    /// <param name="ontbrekend">The expected signals that were not produced.</param>
    /// <param name="onverwacht">The produced signals that were not expected.</param>
    /// <param name="afwijzingen">The rejections of input dossiers, one line each.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public ScenarioMismatchException(string naam, IReadOnlyList<VerwachtSignaal> ontbrekend, IReadOnlyList<Signaal> onverwacht, IReadOnlyList<string> afwijzingen)
        : base(Bericht(naam, ontbrekend, onverwacht, afwijzingen))
    {
        Ontbrekend = ontbrekend;
        Onverwacht = onverwacht;
        Afwijzingen = afwijzingen;
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioMismatchException"/> class.</summary>
    public ScenarioMismatchException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ScenarioMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the expected signals that were not produced.</summary>
    public IReadOnlyList<VerwachtSignaal> Ontbrekend { get; } = [];

    /// <summary>Gets the produced signals that were not expected.</summary>
    public IReadOnlyList<Signaal> Onverwacht { get; } = [];

    /// <summary>Gets the rejected input dossiers, one line each.</summary>
    public IReadOnlyList<string> Afwijzingen { get; } = [];

    private static string Bericht(string naam, IReadOnlyList<VerwachtSignaal> ontbrekend, IReadOnlyList<Signaal> onverwacht, IReadOnlyList<string> afwijzingen)
    {
        ArgumentNullException.ThrowIfNull(naam);
        ArgumentNullException.ThrowIfNull(ontbrekend);
        ArgumentNullException.ThrowIfNull(onverwacht);
        ArgumentNullException.ThrowIfNull(afwijzingen);
        var tekst = new StringBuilder();
        tekst.Append("Scenario '").Append(naam).Append("' does not hold: ")
            .Append(ontbrekend.Count).Append(" missing, ").Append(onverwacht.Count).Append(" unexpected, ")
            .Append(afwijzingen.Count).Append(" rejected dossier(s).");
        if (ontbrekend.Count > 0)
        {
            tekst.AppendLine().Append("Missing (lijst | zorgaanbieder | cliënt | onderwerp {velden}):");
            foreach (var verwacht in ontbrekend)
            {
                tekst.AppendLine().Append("  - ").Append(verwacht);
            }
        }

        if (onverwacht.Count > 0)
        {
            tekst.AppendLine().Append("Unexpected:");
            foreach (var signaal in onverwacht)
            {
                tekst.AppendLine().Append("  + ").Append(signaal.Lijst.Code).Append(" | ").Append(signaal.Zorgaanbieder ?? "zorgkantoor")
                    .Append(" | ").Append(signaal.ClientId).Append(" | ").Append(signaal.Onderwerp ?? "-")
                    .Append(" {").AppendJoin(", ", signaal.Velden.Select(v => $"{v.Naam}={v.Waarde}")).Append('}')
                    .Append(" (").Append(signaal.Regel.Id).Append("): ").Append(signaal.Uitleg);
            }
        }

        if (afwijzingen.Count > 0)
        {
            tekst.AppendLine().Append("Rejected:");
            foreach (var afwijzing in afwijzingen)
            {
                tekst.AppendLine().Append("  ! ").Append(afwijzing);
            }
        }

        return tekst.ToString();
    }
}
