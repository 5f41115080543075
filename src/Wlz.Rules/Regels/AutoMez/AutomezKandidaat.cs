using NodaTime;
using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>
/// The derived fact "the zorgkantoor will place (or has to place) a MEZ on this toewijzing", inserted by
/// <see cref="BepaalAutomezKandidaat"/>; <see cref="ToekomstigeAutomez"/> and <see cref="AutomatischeMez"/> split it on the MEZ date.
/// </summary>
/// <param name="Client">The cliënt.</param>
/// <param name="Toewijzing">The toewijzing whose einddatum has passed.</param>
/// <param name="LaatsteMazBegindatum">The begindatum of the latest non-withdrawn MAZ on the toewijzing.</param>
/// <param name="Mezdatum">The first day more than <c>AutoMezTermijnDagen</c> after the einddatum.</param>
/// <param name="HeeftIngetrokkenMez">Whether the zorgaanbieder withdrew a MUT einde zorg on the toewijzing.</param>
public sealed record AutomezKandidaat(Client Client, Zorgtoewijzing Toewijzing, LocalDate LaatsteMazBegindatum, LocalDate Mezdatum, bool HeeftIngetrokkenMez);
