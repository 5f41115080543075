using System.Globalization;
using NodaTime;
using NRules.RuleModel;
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

    /// <summary>Gets whether <see cref="Zorgprofiel"/> is in the zorgaanbieder's productafspraak (its gecontracteerde zorgprofielen).</summary>
    public required bool InProductafspraak { get; init; }

    /// <summary>Gets the number of zorgprofielen in the zorgaanbieder's productafspraak.</summary>
    public required int AantalAfgesprokenZorgprofielen { get; init; }

    /// <summary>Gets the peildatum, for the findings about a toetsingsbesluit that was not processed; otherwise <see langword="null"/>.</summary>
    public LocalDate? Peildatum { get; init; }

    /// <summary>Gets the ontvangstdatum of the AAT, for <see cref="InstellingsvreemdBevinding.AanvraagToetsingNodig"/>; otherwise <see langword="null"/>.</summary>
    public LocalDate? AatOntvangstdatum { get; init; }

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

    internal static InstellingsvreemdSignaal ToetsingNodig(IRuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.ToetsingNodig, vreemd.Toewijzing.Zorgprofiel, null);

    internal static InstellingsvreemdSignaal AanvraagToetsingNodig(IRuleDefinition regel, Client client, Aat aat, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder) =>
        Maak(regel, client, toewijzing, zorgaanbieder, InstellingsvreemdBevinding.AanvraagToetsingNodig, aat.Zorgprofiel, null, aatOntvangstdatum: aat.Ontvangstdatum);

    internal static InstellingsvreemdSignaal ProductafspraakOntbreekt(IRuleDefinition regel, Client client, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder) =>
        Maak(regel, client, toewijzing, zorgaanbieder, InstellingsvreemdBevinding.ProductafspraakOntbreekt, toewijzing.Zorgprofiel, null);

    internal static InstellingsvreemdSignaal OmzettenNietVerwerkt(IRuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd, Toetsingsuitkomst uitkomst, LocalDate peildatum) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.OmzettenNietVerwerkt, vreemd.Toewijzing.Zorgprofiel, uitkomst, peildatum: peildatum);

    internal static InstellingsvreemdSignaal AndereAanbiederNietVerwerkt(IRuleDefinition regel, Client client, InstellingsvreemdeToewijzing vreemd, Toetsingsuitkomst uitkomst, LocalDate peildatum) =>
        Maak(regel, client, vreemd.Toewijzing, vreemd.Zorgaanbieder, InstellingsvreemdBevinding.AndereAanbiederNietVerwerkt, vreemd.Toewijzing.Zorgprofiel, uitkomst, peildatum: peildatum);

    /// <inheritdoc/>
    protected override string MaakUitleg() => Bevinding switch
    {
        InstellingsvreemdBevinding.ToetsingNodig =>
            $"Instellingsvreemd: toetsing nodig. Toewijzing {Onderwerp} heeft zorgprofiel {Zorgprofiel} (sector {SectorTekst(Zorgprofiel)}); "
            + $"zorgaanbieder {Zorgaanbieder} is toegelaten voor {ToegelatenSectoren}"
            + (InProductafspraak ? " (het profiel staat wel in de productafspraak)" : string.Empty)
            + ". Er is nog geen toetsingsuitkomst.",
        InstellingsvreemdBevinding.AanvraagToetsingNodig =>
            $"Instellingsvreemd: toetsing nodig. De AAT op toewijzing {Onderwerp}, ontvangen {Iso(Nodig(AatOntvangstdatum, nameof(AatOntvangstdatum)))}, vraagt zorgprofiel {Zorgprofiel} (sector {SectorTekst(Zorgprofiel)}); "
            + $"zorgaanbieder {Zorgaanbieder} is toegelaten voor {ToegelatenSectoren}.",
        InstellingsvreemdBevinding.ProductafspraakOntbreekt =>
            $"Productafspraak ontbreekt. Toewijzing {Onderwerp} heeft zorgprofiel {Zorgprofiel} (sector {SectorTekst(Zorgprofiel)}); "
            + $"zorgaanbieder {Zorgaanbieder} is voor die sector toegelaten, maar het profiel staat niet in de afgesproken set zorgprofielen "
            + $"({AantalAfgesprokenZorgprofielen.ToString(CultureInfo.InvariantCulture)} profielen).",
        InstellingsvreemdBevinding.OmzettenNietVerwerkt =>
            $"Besluit omzetten niet verwerkt. Op {Iso(NodigeUitkomst().Datum)} is besloten toewijzing {Onderwerp} om te zetten"
            + (NodigeUitkomst().OmzettenNaar is { } naar ? $" naar instellingseigen zorgprofiel {naar}" : " naar een instellingseigen zorgprofiel")
            + $"; op peildatum {Iso(Nodig(Peildatum, nameof(Peildatum)))} loopt de toewijzing met instellingsvreemd zorgprofiel {Zorgprofiel} nog na de besluitdatum "
            + $"(einddatum {(Einddatum is { } einde ? Iso(einde) : "geen")}).",
        InstellingsvreemdBevinding.AndereAanbiederNietVerwerkt =>
            $"Besluit andere aanbieder niet verwerkt. Op {Iso(NodigeUitkomst().Datum)} is besloten dat de cliënt naar een andere aanbieder gaat; "
            + $"op peildatum {Iso(Nodig(Peildatum, nameof(Peildatum)))} is toewijzing {Onderwerp} bij zorgaanbieder {Zorgaanbieder} nog geldig "
            + $"(ingangsdatum {Iso(Ingangsdatum)}, einddatum {(Einddatum is { } einde ? Iso(einde) : "geen")}).",
        _ => base.MaakUitleg(),
    };

    private static InstellingsvreemdSignaal Maak(
        IRuleDefinition regel, Client client, Zorgtoewijzing toewijzing, Zorgaanbieder zorgaanbieder, InstellingsvreemdBevinding bevinding,
        Zorgprofiel zorgprofiel, Toetsingsuitkomst? uitkomst, LocalDate? peildatum = null, LocalDate? aatOntvangstdatum = null) => new()
        {
            Lijst = InstellingsvreemdLijsten.Instellingsvreemd,
            Regel = RuleInfo.Of(regel),
            ClientId = client.ClientId,
            Zorgaanbieder = zorgaanbieder.AgbCode.Waarde,
            Onderwerp = toewijzing.Id,
            Bevinding = bevinding,
            Zorgprofiel = zorgprofiel,
            ToegelatenSectoren = Instellingsvreemdheid.Sectoren(zorgaanbieder),
            InProductafspraak = zorgaanbieder.IsGecontracteerd(zorgprofiel),
            AantalAfgesprokenZorgprofielen = zorgaanbieder.GecontracteerdeZorgprofielen.Count,
            Ingangsdatum = toewijzing.Ingangsdatum,
            Einddatum = toewijzing.Einddatum,
            Uitkomst = uitkomst,
            Peildatum = peildatum,
            AatOntvangstdatum = aatOntvangstdatum,
        };

    // A finding whose text needs a value that was not given fails loudly instead of printing a default.
    private LocalDate Nodig(LocalDate? waarde, string naam) => waarde ?? throw Ontbreekt(naam);

    private Toetsingsuitkomst NodigeUitkomst() => Uitkomst ?? throw Ontbreekt(nameof(Uitkomst));

    private InvalidOperationException Ontbreekt(string naam) => new($"{Bevinding} of rule {Regel.Id} has no {naam} for its Uitleg.");

    private static string SectorTekst(Zorgprofiel zorgprofiel) => zorgprofiel.Sector.ToString().ToUpperInvariant();

    private static string Iso(LocalDate datum) => Gedeeld.Opmaak.Datum(datum);
}
