using NodaTime;
using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Parameters;
using Wlz.Rules.Regels.Gedeeld;

namespace Wlz.Rules.Regels.Indicatiecontrole;

/// <summary>Lists the cliënten whose indicatie ends within two months after the peildatum, for every zorgaanbieder with a current toewijzing.</summary>
[RuleId(RegelIds.IndicatieLooptAf)]
[Name("Indicatiecontrole")]
[Description(
    "Indicatie met einddatum E en P < E ≤ P + IndicatieHorizon (2 maanden, NodaTime: de dag wordt afgekapt op het "
    + "maandeinde, dus 31 december + 2 maanden = 28/29 februari en 31 augustus + 2 maanden = 31 oktober). Zonder einddatum: nooit. "
    + "Voor elke zorgaanbieder met een actuele toewijzing (ingangsdatum ≤ P ≤ einddatum of open, niet ingetrokken) op die "
    + "indicatie (zelfde besluitnummer; een leeg besluitnummer koppelt aan elke actuele toewijzing), ook als de cliënt "
    + "daar (nog) niet in zorg is. Eén regel per indicatie en zorgaanbieder (de toewijzing met het kleinste id wordt genoemd).")]
[Tag("Indicatiecontrole")]
[Source(Lijstbronnen.Document, "Indicatiecontrole", "Op deze lijst staan de cliënten waarvan de indicatie over twee maanden afloopt.")]
[Source(Lijstbronnen.Document, "Indicatiecontrole", "Op de lijst staan alle cliënten waarvoor u een actuele zorgtoewijzing heeft. Ook de cliënten die (nog) niet bij u in zorg zijn.")]
internal sealed class IndicatieLooptAf : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Client c = null!;
        ParametersOpPeildatum par = null!;
        Indicatie i = null!;
        Zorgtoewijzing t = null!;
        LocalDate horizon = default;
        When()
            .Match(() => c)
            .Match(() => par)
            .Let(() => horizon, () => par.Peildatum.Plus(par.IndicatieHorizon))
            .Match(() => i, x => x.Einddatum != null && x.Einddatum.Value > par.Peildatum && x.Einddatum.Value <= horizon)
            .Match(() => t, x => !x.IsIngetrokken && x.IsGeldigOp(par.Peildatum) && Hoort(x, i))
            .Not<Zorgtoewijzing>(x => !x.IsIngetrokken && x.IsGeldigOp(par.Peildatum) && Hoort(x, i)
                && x.Zorgaanbieder.Waarde == t.Zorgaanbieder.Waarde && string.CompareOrdinal(x.Id, t.Id) < 0);
        Then()
            .Yield(ctx => IndicatiecontroleSignaal.Maak(ctx.Rule, c, i, t, horizon));
    }

    /// <summary>Gets whether a toewijzing belongs to an indicatie: same besluitnummer, or either besluitnummer empty.</summary>
    /// <param name="toewijzing">The toewijzing.</param>
    /// <param name="indicatie">The indicatie.</param>
    /// <returns><see langword="true"/> when they belong together.</returns>
    public static bool Hoort(Zorgtoewijzing toewijzing, Indicatie indicatie)
    {
        ArgumentNullException.ThrowIfNull(toewijzing);
        ArgumentNullException.ThrowIfNull(indicatie);
        return string.IsNullOrEmpty(indicatie.Besluitnummer)
            || string.IsNullOrEmpty(toewijzing.Besluitnummer)
            || string.Equals(toewijzing.Besluitnummer, indicatie.Besluitnummer, StringComparison.Ordinal);
    }
}
