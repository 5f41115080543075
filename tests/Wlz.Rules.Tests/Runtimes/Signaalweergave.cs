using Wlz.Rules.Signalering;

namespace Wlz.Rules.Tests.Runtimes;

/// <summary>Renders a signal with every field, so two runtimes' signals compare as text: rule, list, cliënt, subject, values and explanation.</summary>
internal static class Signaalweergave
{
    public static string Volledig(Signaal signaal) =>
        string.Join(
            " | ",
            signaal.GetType().Name,
            signaal.Regel.Id,
            signaal.Lijst.Code,
            signaal.ClientId,
            signaal.Zorgaanbieder ?? "-",
            signaal.Onderwerp ?? "-",
            signaal.GebruiktVoorbeeldwaarde ? "voorbeeldwaarde" : "beleid",
            string.Join("; ", signaal.Velden.Select(v => $"{v.Naam}={v.Waarde}")),
            signaal.Uitleg);

    /// <summary>The signals as a sorted multiset: the runtimes fire in different orders, the set must be the same.</summary>
    public static string[] Gesorteerd(IEnumerable<Signaal> signalen) =>
        signalen.Select(Volledig).Order(StringComparer.Ordinal).ToArray();
}
