using System.Collections.Frozen;

namespace Wlz.Rules.Model;

/// <summary>The allowed combinations of iWlz codes, as data with lookups.</summary>
/// <remarks>
/// <para>TR046: "De Leveringsstatus moet toegestaan zijn bij de opgegeven Mutatiecode."</para>
/// <para>CS131: "Vullen met een waarde die hoort bij de waarde van Leveringsstatus."</para>
/// <para>CD090: "Als Leveringsstatus de waarde 2 (Wacht op voorkeur), 3 (Wacht uit voorzorg), 6 (Urgent plaatsen) of
/// 7 (Actief plaatsen) heeft, dan verplicht vullen, anders leeglaten."</para>
/// <para>TR066: "Het vullen van Begindatum is afhankelijk van Mutatiecode" (17, 19, 20 require it; 12, 18, 21 leave it empty).</para>
/// </remarks>
public static class IwlzCodelijsten
{
    private static readonly FrozenDictionary<Mutatiecode, FrozenSet<Leveringsstatus>> LeveringsstatussenPerMutatiecode =
        new Dictionary<Mutatiecode, FrozenSet<Leveringsstatus>>
        {
            [Mutatiecode.ClientWilZorgNogNiet] = Set(Leveringsstatus.WachtUitVoorzorg, Leveringsstatus.EindeZorgvraag),
            [Mutatiecode.Overplaatsing] = Set(Leveringsstatus.EindeZorgvraag),
            [Mutatiecode.AanbiederKanZorgNogNietLeveren] = Set(Leveringsstatus.UrgentPlaatsen, Leveringsstatus.ActiefPlaatsen, Leveringsstatus.WachtOpVoorkeur),
            [Mutatiecode.LeveringBeeindigdToewijzingSluiten] = Set(Leveringsstatus.EindeZorgvraag),
            [Mutatiecode.LeveringBeeindigdToewijzingAanhouden] = Set(Leveringsstatus.UrgentPlaatsen, Leveringsstatus.ActiefPlaatsen, Leveringsstatus.WachtOpVoorkeur, Leveringsstatus.WachtUitVoorzorg),
            [Mutatiecode.OverdrachtToewijzing] = Set(Leveringsstatus.EindeZorgvraag),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Leveringsstatus, FrozenSet<Classificatie>> ClassificatiesPerLeveringsstatus =
        new Dictionary<Leveringsstatus, FrozenSet<Classificatie>>
        {
            [Leveringsstatus.UrgentPlaatsen] = Range(1, 8),
            [Leveringsstatus.ActiefPlaatsen] = Range(9, 12),
            [Leveringsstatus.WachtOpVoorkeur] = Range(13, 19),
            [Leveringsstatus.WachtUitVoorzorg] = Range(13, 19).Where(c => c != Classificatie.Logeren).ToFrozenSet(),
            [Leveringsstatus.InZorg] = FrozenSet<Classificatie>.Empty,
            [Leveringsstatus.EindeZorgvraag] = FrozenSet<Classificatie>.Empty,
        }.ToFrozenDictionary();

    /// <summary>Gets the leveringsstatussen allowed with a mutatiecode (TR046).</summary>
    /// <param name="mutatiecode">The mutatiecode.</param>
    /// <returns>The allowed leveringsstatussen; empty for a code outside the list.</returns>
    public static IReadOnlySet<Leveringsstatus> ToegestaneLeveringsstatussen(Mutatiecode mutatiecode) =>
        LeveringsstatussenPerMutatiecode.TryGetValue(mutatiecode, out var set) ? set : FrozenSet<Leveringsstatus>.Empty;

    /// <summary>Gets the classificaties allowed with a leveringsstatus (CS131); empty for 4 and 5, which take none.</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <returns>The allowed classificaties.</returns>
    public static IReadOnlySet<Classificatie> ToegestaneClassificaties(Leveringsstatus leveringsstatus) =>
        ClassificatiesPerLeveringsstatus.TryGetValue(leveringsstatus, out var set) ? set : FrozenSet<Classificatie>.Empty;

    /// <summary>Determines whether a leveringsstatus requires a classificatie (CD090: 2, 3, 6 and 7 do; 4 and 5 must leave it empty).</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <returns><see langword="true"/> for a wachtstatus.</returns>
    public static bool VereistClassificatie(Leveringsstatus leveringsstatus) => IsWachtstatus(leveringsstatus);

    /// <summary>Determines whether a leveringsstatus is a wachtstatus (2, 3, 6 or 7): the cliënt is on the wachtlijst.</summary>
    /// <param name="leveringsstatus">The leveringsstatus.</param>
    /// <returns><see langword="true"/> for Wacht op voorkeur, Wacht uit voorzorg, Urgent plaatsen and Actief plaatsen.</returns>
    public static bool IsWachtstatus(Leveringsstatus leveringsstatus) => leveringsstatus is
        Leveringsstatus.WachtOpVoorkeur or Leveringsstatus.WachtUitVoorzorg or Leveringsstatus.UrgentPlaatsen or Leveringsstatus.ActiefPlaatsen;

    /// <summary>Determines whether a mutatiecode ends care after a MAZ (a MEZ: 17, 19 or 20), so that Begindatum is required (TR066).</summary>
    /// <param name="mutatiecode">The mutatiecode.</param>
    /// <returns><see langword="true"/> for 17, 19 and 20.</returns>
    public static bool IsEindeZorg(Mutatiecode mutatiecode) => mutatiecode is
        Mutatiecode.Overplaatsing or Mutatiecode.LeveringBeeindigdToewijzingSluiten or Mutatiecode.LeveringBeeindigdToewijzingAanhouden;

    /// <summary>Determines whether a mutation withdraws the toewijzing (FACTS §2.2: every combination with leveringsstatus 5).</summary>
    /// <param name="mutatiecode">The mutatiecode.</param>
    /// <param name="leveringsstatus">The leveringsstatus sent with it.</param>
    /// <returns><see langword="true"/> when the toewijzing ends with this mutation.</returns>
    public static bool TrektToewijzingIn(Mutatiecode mutatiecode, Leveringsstatus leveringsstatus) =>
        leveringsstatus == Leveringsstatus.EindeZorgvraag && ToegestaneLeveringsstatussen(mutatiecode).Contains(leveringsstatus);

    private static FrozenSet<Leveringsstatus> Set(params Leveringsstatus[] waarden) => waarden.ToFrozenSet();

    private static FrozenSet<Classificatie> Range(int van, int tot) =>
        Enumerable.Range(van, tot - van + 1).Select(i => (Classificatie)i).ToFrozenSet();
}
