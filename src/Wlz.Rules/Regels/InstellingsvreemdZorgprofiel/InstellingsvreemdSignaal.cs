using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Engine;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering;

namespace Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;

/// <summary>A finding of the instellingsvreemd zorgprofiel rule set, on the list <see cref="InstellingsvreemdLijsten.Instellingsvreemd"/>.</summary>
public sealed class InstellingsvreemdSignaal : Signaal
{
    /// <summary>Gets what the signal reports.</summary>
    public required InstellingsvreemdBevinding Bevinding { get; init; }

    /// <summary>Gets the zorgprofiel concerned (of the toewijzing, or the one the AAT asks for).</summary>
    public required Zorgprofiel Zorgprofiel { get; init; }

    /// <summary>Gets the zorgaanbieder's toegelaten sectoren, e.g. <c>VG, VV</c>, or <c>geen</c>.</summary>
    public required string ToegelatenSectoren { get; init; }

    /// <summary>Gets the toewijzing's ingangsdatum.</summary>
    public required LocalDate Ingangsdatum { get; init; }

    /// <summary>Gets the toewijzing's einddatum, if any.</summary>
    public LocalDate? Einddatum { get; init; }

    /// <summary>Gets the toetsingsuitkomst the finding is about, if any.</summary>
    public Toetsingsuitkomst? Uitkomst { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<Signaalveld> Velden =>
    [
        new("bevinding", Bevinding.ToString()),
        new("toewijzing", Onderwerp ?? string.Empty),
        new("zorgprofiel", Zorgprofiel.ToString()),
        new("sector", Zorgprofiel.Sector.ToString().ToUpperInvariant()),
        new("toegelatenSectoren", ToegelatenSectoren),
        new("ingangsdatum", Iso(Ingangsdatum)),
        new("einddatum", Einddatum is { } einde ? Iso(einde) : string.Empty),
        new("besluit", Uitkomst?.Besluit.ToString() ?? string.Empty),
        new("besluitdatum", Uitkomst is { } uitkomst ? Iso(uitkomst.Datum) : string.Empty),
        new("omzettenNaar", Uitkomst?.OmzettenNaar?.ToString() ?? string.Empty),
    ];

    internal static InstellingsvreemdSignaal ToetsingNodig(RuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.ToetsingNodig, vreemd.Toewijzing.Zorgprofiel, null,
            $"Instellingsvreemd: toetsing nodig. Toewijzing {vreemd.Toewijzing.Id} heeft zorgprofiel {vreemd.Toewijzing.Zorgprofiel} (sector {SectorTekst(vreemd.Toewijzing.Zorgprofiel)}); "
            + $"zorgaanbieder {vreemd.Zorgaanbieder.AgbCode.Waarde} is toegelaten voor {Instellingsvreemdheid.Sectoren(vreemd.Zorgaanbieder)}"
            + (vreemd.Zorgaanbieder.IsGecontracteerd(vreemd.Toewijzing.Zorgprofiel) ? " (het profiel staat wel in de productafspraak)" : string.Empty)
            + ". Er is nog geen toetsingsuitkomst.");

    internal static InstellingsvreemdSignaal AanvraagToetsingNodig(RuleDefinition regel, Client client, Aat aat, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder) =>
        Maak(regel, client, toewijzing, zorgaanbieder, InstellingsvreemdBevinding.AanvraagToetsingNodig, aat.Zorgprofiel, null,
            $"Instellingsvreemd: toetsing nodig. De AAT op toewijzing {toewijzing.Id}, ontvangen {Iso(aat.Ontvangstdatum)}, vraagt zorgprofiel {aat.Zorgprofiel} (sector {SectorTekst(aat.Zorgprofiel)}); "
            + $"zorgaanbieder {zorgaanbieder.AgbCode.Waarde} is toegelaten voor {Instellingsvreemdheid.Sectoren(zorgaanbieder)}.");

    internal static InstellingsvreemdSignaal ProductafspraakOntbreekt(RuleDefinition regel, Client client, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder) =>
        Maak(regel, client, toewijzing, zorgaanbieder, InstellingsvreemdBevinding.ProductafspraakOntbreekt, toewijzing.Zorgprofiel, null,
            $"Productafspraak ontbreekt. Toewijzing {toewijzing.Id} heeft zorgprofiel {toewijzing.Zorgprofiel} (sector {SectorTekst(toewijzing.Zorgprofiel)}); "
            + $"zorgaanbieder {zorgaanbieder.AgbCode.Waarde} is voor die sector toegelaten, maar het profiel staat niet in de afgesproken set zorgprofielen "
            + $"({zorgaanbieder.GecontracteerdeZorgprofielen.Count.ToString(CultureInfo.InvariantCulture)} profielen).");

    internal static InstellingsvreemdSignaal OmzettenNietVerwerkt(RuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd, Toetsingsuitkomst uitkomst, LocalDate peildatum) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.OmzettenNietVerwerkt, vreemd.Toewijzing.Zorgprofiel, uitkomst,
            $"Besluit omzetten niet verwerkt. Op {Iso(uitkomst.Datum)} is besloten toewijzing {vreemd.Toewijzing.Id} om te zetten"
            + (uitkomst.OmzettenNaar is { } naar ? $" naar instellingseigen zorgprofiel {naar}" : " naar een instellingseigen zorgprofiel")
            + $"; op peildatum {Iso(peildatum)} loopt de toewijzing met instellingsvreemd zorgprofiel {vreemd.Toewijzing.Zorgprofiel} nog na de besluitdatum "
            + $"(einddatum {(vreemd.Toewijzing.Einddatum is { } einde ? Iso(einde) : "geen")}).");

    internal static InstellingsvreemdSignaal AndereAanbiederNietVerwerkt(RuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd, Toetsingsuitkomst uitkomst, LocalDate peildatum) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.AndereAanbiederNietVerwerkt, vreemd.Toewijzing.Zorgprofiel, uitkomst,
            $"Besluit andere aanbieder niet verwerkt. Op {Iso(uitkomst.Datum)} is besloten dat de cliënt naar een andere aanbieder gaat; "
            + $"op peildatum {Iso(peildatum)} is toewijzing {vreemd.Toewijzing.Id} bij zorgaanbieder {vreemd.Zorgaanbieder.AgbCode.Waarde} nog geldig "
            + $"(ingangsdatum {Iso(vreemd.Toewijzing.Ingangsdatum)}, einddatum {(vreemd.Toewijzing.Einddatum is { } einde ? Iso(einde) : "geen")}).");

    private static InstellingsvreemdSignaal Maak(
        RuleDefinition regel, Client client, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder, InstellingsvreemdBevinding bevinding,
        Zorgprofiel zorgprofiel, Toetsingsuitkomst? uitkomst, string uitleg) => new()
        {
            Lijst = InstellingsvreemdLijsten.Instellingsvreemd,
            Regel = regel,
            ClientId = client.ClientId,
            Zorgaanbieder = zorgaanbieder.AgbCode.Waarde,
            Onderwerp = toewijzing.Id,
            Uitleg = uitleg,
            Bevinding = bevinding,
            Zorgprofiel = zorgprofiel,
            ToegelatenSectoren = Instellingsvreemdheid.Sectoren(zorgaanbieder),
            Ingangsdatum = toewijzing.Ingangsdatum,
            Einddatum = toewijzing.Einddatum,
            Uitkomst = uitkomst,
        };

    private static string SectorTekst(Zorgprofiel zorgprofiel) => zorgprofiel.Sector.ToString().ToUpperInvariant();

    private static string Iso(LocalDate datum) => LocalDatePattern.Iso.Format(datum);
}
