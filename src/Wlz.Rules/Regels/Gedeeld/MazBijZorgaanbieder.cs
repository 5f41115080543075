using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>
/// Gets the derived fact "this cliënt has a toewijzing with a MAZ (not withdrawn) at this zorgaanbieder", inserted by
/// <see cref="BepaalMazBijZorgaanbieder"/>; it decides whether a cliënt is <i>nieuw</i> for a zorgaanbieder.
/// </summary>
/// <param name="Zorgaanbieder">The AGB code of the toewijzing.</param>
/// <param name="ToewijzingId">The toewijzing with the MAZ.</param>
public sealed record MazBijZorgaanbieder(AgbCode Zorgaanbieder, string ToewijzingId);
