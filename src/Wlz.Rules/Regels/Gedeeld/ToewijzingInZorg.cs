using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>Gets the derived fact "the cliënt is in zorg on this toewijzing on the peildatum", inserted by <see cref="BepaalToewijzingInZorg"/>.</summary>
/// <param name="Toewijzing">The toewijzing.</param>
/// <param name="Begindatum">The begindatum of the MAZ.</param>
/// <param name="Mezdatum">The date of a MEZ on or after the peildatum (the last day in care), if one has already arrived.</param>
public sealed record ToewijzingInZorg(Zorgtoewijzing Toewijzing, LocalDate Begindatum, LocalDate? Mezdatum)
{
    /// <summary>Gets the id of the toewijzing.</summary>
    public string ToewijzingId => Toewijzing.Id;
}
