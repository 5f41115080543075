using System.Globalization;
using NodaTime;
using NRules.RuleModel;
using Wlz.Rules.Engine;
using Wlz.Rules.Model.AanvullendeDiensten;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>A finding of the aanvullende diensten rule set, on the list <see cref="AanvullendeDienstenLijsten.AanvullendeDiensten"/>.</summary>
/// <remarks>
/// Findings about a dienst itself have an empty <see cref="Signaal.ClientId"/> (no cliënt is concerned) and the dienst
/// id as <see cref="Signaal.Onderwerp"/>; findings about a charge carry the charged cliënt and the charge id.
/// </remarks>
public sealed class AanvullendeDienstSignaal : Signaal
{
    /// <summary>Gets what the signal reports.</summary>
    public required AanvullendeDienstBevinding Bevinding { get; init; }

    /// <summary>Gets the dienst concerned, or <see langword="null"/> for a charge whose dienst is unknown.</summary>
    public AanvullendeDienst? Dienst { get; init; }

    /// <summary>Gets the charge concerned, or <see langword="null"/> for a finding about a dienst.</summary>
    public Bijbetaling? Bijbetaling { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("bevinding", Bevinding.ToString()),
        new("dienst", Dienst?.Id ?? Bijbetaling?.DienstId ?? string.Empty),
        new("omschrijving", Dienst?.Omschrijving ?? string.Empty),
        new("categorie", Dienst?.Categorie ?? string.Empty),
        new("tariefInEurocent", Dienst is { } d ? Getal(d.TariefInEurocent) : string.Empty),
        new("goedgekeurdOp", Dienst?.GoedgekeurdDoorClientenraadOp is { } op ? Iso(op) : string.Empty),
        new("goedgekeurdTariefInEurocent", Dienst?.GoedgekeurdDoorClientenraadOp is not null ? Getal(Dienst.GoedgekeurdTarief) : string.Empty),
        new("bijbetaling", Bijbetaling?.Id ?? string.Empty),
        new("datum", Bijbetaling is { } b ? Iso(b.Datum) : string.Empty),
        new("bedragInEurocent", Bijbetaling is { } bb ? Getal(bb.BedragInEurocent) : string.Empty),
        new("aantal", Bijbetaling is { } bbb ? Getal(bbb.Aantal) : string.Empty),
    ];

    internal static AanvullendeDienstSignaal BijbetalingVoorVerzekerdeZorg(IRuleDefinition regel, Bijbetaling bijbetaling, AanvullendeDienst dienst, VerzekerdeZorgcatalogus catalogus) =>
        VoorBijbetaling(regel, bijbetaling, dienst, AanvullendeDienstBevinding.BijbetalingVoorVerzekerdeZorg,
            $"Bijbetaling voor Wlz-verzekerde zorg. Bijbetaling {bijbetaling.Id} van {Iso(bijbetaling.Datum)} ({Euro(bijbetaling.BedragInEurocent)}) is voor dienst {dienst.Id} '{dienst.Omschrijving}' "
            + $"in categorie '{dienst.Categorie}' ({catalogus.Vind(dienst.Categorie)?.Omschrijving}), die tot de Wlz-verzekerde zorg behoort volgens {catalogus.Vind(dienst.Categorie)?.Bron}.");

    internal static AanvullendeDienstSignaal NietGepubliceerd(IRuleDefinition regel, AanvullendeDienst dienst) =>
        VoorDienst(regel, dienst, AanvullendeDienstBevinding.NietGepubliceerd,
            $"Aanvullende dienst niet bekendgemaakt. Dienst {dienst.Id} '{dienst.Omschrijving}' (tarief {Euro(dienst.TariefInEurocent)}) staat niet op de website of in folders.");

    internal static AanvullendeDienstSignaal NietGoedgekeurd(IRuleDefinition regel, AanvullendeDienst dienst, LocalDate peildatum) =>
        VoorDienst(regel, dienst, AanvullendeDienstBevinding.NietGoedgekeurd,
            $"Niet goedgekeurd door de cliëntenraad. Dienst {dienst.Id} '{dienst.Omschrijving}' (tarief {Euro(dienst.TariefInEurocent)}) "
            + (dienst.GoedgekeurdDoorClientenraadOp is { } op
                ? $"wordt pas op {Iso(op)} goedgekeurd, na peildatum {Iso(peildatum)}."
                : $"heeft op peildatum {Iso(peildatum)} geen goedkeuring van de cliëntenraad."));

    internal static AanvullendeDienstSignaal TariefWijktAf(IRuleDefinition regel, AanvullendeDienst dienst) =>
        VoorDienst(regel, dienst, AanvullendeDienstBevinding.TariefWijktAfVanGoedgekeurd,
            $"Tarief wijkt af van het goedgekeurde tarief. Dienst {dienst.Id} '{dienst.Omschrijving}' kost {Euro(dienst.TariefInEurocent)}; "
            + $"de cliëntenraad keurde op {Iso(dienst.GoedgekeurdDoorClientenraadOp!.Value)} {Euro(dienst.GoedgekeurdTarief)} goed.");

    internal static AanvullendeDienstSignaal BedragWijktAf(IRuleDefinition regel, Bijbetaling bijbetaling, AanvullendeDienst dienst) =>
        VoorBijbetaling(regel, bijbetaling, dienst, AanvullendeDienstBevinding.BedragWijktAfVanGoedgekeurd,
            $"Bedrag wijkt af van het goedgekeurde tarief. Bijbetaling {bijbetaling.Id} van {Iso(bijbetaling.Datum)} is {Euro(bijbetaling.BedragInEurocent)} voor "
            + $"{Getal(bijbetaling.Aantal)} x dienst {dienst.Id} '{dienst.Omschrijving}'; goedgekeurd is {Getal(bijbetaling.Aantal)} x {Euro(dienst.GoedgekeurdTarief)} = "
            + $"{Euro(dienst.GoedgekeurdTarief * bijbetaling.Aantal)} (cliëntenraad, {Iso(dienst.GoedgekeurdDoorClientenraadOp!.Value)}).");

    internal static AanvullendeDienstSignaal BijbetalingVoorGoedkeuring(IRuleDefinition regel, Bijbetaling bijbetaling, AanvullendeDienst dienst) =>
        VoorBijbetaling(regel, bijbetaling, dienst, AanvullendeDienstBevinding.BijbetalingVoorGoedkeuring,
            $"Bijbetaling zonder goedkeuring. Bijbetaling {bijbetaling.Id} van {Iso(bijbetaling.Datum)} ({Euro(bijbetaling.BedragInEurocent)}) voor dienst {dienst.Id} '{dienst.Omschrijving}' "
            + (dienst.GoedgekeurdDoorClientenraadOp is { } op
                ? $"ligt vóór de goedkeuring door de cliëntenraad op {Iso(op)}."
                : "is gedaan, maar de cliëntenraad heeft de dienst niet goedgekeurd."));

    internal static AanvullendeDienstSignaal TariefOnredelijkHoog(IRuleDefinition regel, AanvullendeDienst dienst, Dienstcategorie categorie) =>
        VoorDienst(regel, dienst, AanvullendeDienstBevinding.TariefOnredelijkHoog,
            $"Onredelijk hoog tarief. Dienst {dienst.Id} '{dienst.Omschrijving}' kost {Euro(dienst.TariefInEurocent)}; voor categorie '{categorie.Code}' "
            + $"is {Euro(categorie.RedelijkMaximumInEurocent!.Value)} het redelijke maximum volgens de catalogus ({categorie.Bron}).");

    internal static AanvullendeDienstSignaal VerplichtGesteld(IRuleDefinition regel, AanvullendeDienst dienst) =>
        VoorDienst(regel, dienst, AanvullendeDienstBevinding.VerplichtGesteld,
            $"Aanvullende dienst verplicht gesteld. Dienst {dienst.Id} '{dienst.Omschrijving}' is verplicht gesteld; cliënten zijn niet verplicht de diensten af te nemen.");

    internal static AanvullendeDienstSignaal BijbetalingZonderBekendeDienst(IRuleDefinition regel, Bijbetaling bijbetaling, string zorgaanbieder) => new()
    {
        Lijst = AanvullendeDienstenLijsten.AanvullendeDiensten,
        Regel = RuleInfo.Of(regel),
        ClientId = bijbetaling.ClientId,
        Zorgaanbieder = zorgaanbieder,
        Onderwerp = bijbetaling.Id,
        Bevinding = AanvullendeDienstBevinding.BijbetalingZonderBekendeDienst,
        Bijbetaling = bijbetaling,
        Uitleg = $"Bijbetaling voor onbekende dienst. Bijbetaling {bijbetaling.Id} van {Iso(bijbetaling.Datum)} ({Euro(bijbetaling.BedragInEurocent)}) noemt dienst {bijbetaling.DienstId}, "
            + "die niet bij de aangeboden aanvullende diensten van de zorgaanbieder staat.",
    };

    /// <summary>Formats eurocents as a Dutch amount, e.g. <c>€ 1.234,50</c>.</summary>
    /// <param name="eurocent">The amount in eurocents.</param>
    /// <returns>The formatted amount.</returns>
    internal static string Euro(long eurocent)
    {
        string teken = eurocent < 0 ? "-" : string.Empty;
        long absoluut = Math.Abs(eurocent);
        string euros = (absoluut / 100).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return string.Create(CultureInfo.InvariantCulture, $"{teken}€ {euros},{absoluut % 100:00}");
    }

    private static AanvullendeDienstSignaal VoorDienst(IRuleDefinition regel, AanvullendeDienst dienst, AanvullendeDienstBevinding bevinding, string uitleg) => new()
    {
        Lijst = AanvullendeDienstenLijsten.AanvullendeDiensten,
        Regel = RuleInfo.Of(regel),
        ClientId = string.Empty,
        Zorgaanbieder = dienst.Zorgaanbieder.Waarde,
        Onderwerp = dienst.Id,
        Bevinding = bevinding,
        Dienst = dienst,
        Uitleg = uitleg,
    };

    private static AanvullendeDienstSignaal VoorBijbetaling(IRuleDefinition regel, Bijbetaling bijbetaling, AanvullendeDienst dienst, AanvullendeDienstBevinding bevinding, string uitleg) => new()
    {
        Lijst = AanvullendeDienstenLijsten.AanvullendeDiensten,
        Regel = RuleInfo.Of(regel),
        ClientId = bijbetaling.ClientId,
        Zorgaanbieder = dienst.Zorgaanbieder.Waarde,
        Onderwerp = bijbetaling.Id,
        Bevinding = bevinding,
        Dienst = dienst,
        Bijbetaling = bijbetaling,
        Uitleg = uitleg,
    };

    private static string Getal(long waarde) => waarde.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate datum) => Gedeeld.Opmaak.Datum(datum);
}
