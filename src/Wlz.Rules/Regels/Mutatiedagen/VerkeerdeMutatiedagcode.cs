using NRules.Fluent.Dsl;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>Finds Z916 declared where Z917 applies, and the reverse.</summary>
[RuleId(RegelIds.VerkeerdeMutatiedagcode)]
[Name("Z916 waar Z917 geldt, of omgekeerd")]
[Description("Een mutatiedagregel van de vertrekkende cliënt moet Z917 zijn als de zorgaanbieder toegelaten is voor behandeling (Kamer.ToegelatenVoorBehandeling), anders Z916.")]
[Tag("Mutatiedagen")]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Z916)]
[Source(Bron.Document, Bron.VersusSleuteldatum, Bron.Z917)]
internal sealed class VerkeerdeMutatiedagcode : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Leegstand leegstand = null!;
        Declaratieregel regel = null!;
        When()
            .Match(() => leegstand)
            .Match(() => regel, r => r.ClientId == leegstand.VertrekkendeClientId, r => Prestatiecodes.IsMutatiedag(r.Prestatiecode), r => r.Prestatiecode != leegstand.Prestatiecode);
        Then()
            .Yield(ctx => BevindingSignaal.OpRegel(
                ctx.Rule,
                leegstand.Kamer,
                regel,
                regel.Prestatiecode + " waar " + leegstand.Prestatiecode + " geldt",
                "de zorgaanbieder is " + (leegstand.Kamer.ToegelatenVoorBehandeling ? "" : "niet ") + "toegelaten voor behandeling, dus is de prestatiecode voor mutatiedagen " + leegstand.Prestatiecode + "."));
    }
}
