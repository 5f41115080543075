using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.Gedeeld;

/// <summary>
/// Gets the derived fact "the current wachtstatus of a toewijzing on the peildatum", inserted by
/// <see cref="BepaalActueleWachtstatus"/>.
/// </summary>
/// <param name="Toewijzing">The toewijzing the wachtstatus belongs to.</param>
/// <param name="Leveringsstatus">The wachtstatus: 2, 3, 6 or 7.</param>
/// <param name="Classificatie">The classificatie sent with the wachtstatus, if any.</param>
/// <param name="Sinds">The date the status applies from: the mutatiedatum of the MUT.</param>
public sealed record ActueleWachtstatus(Zorgtoewijzing Toewijzing, Leveringsstatus Leveringsstatus, Classificatie? Classificatie, LocalDate Sinds)
{
    /// <summary>Gets the id of the toewijzing.</summary>
    public string ToewijzingId => Toewijzing.Id;
}
