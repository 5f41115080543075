using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Validatie;

namespace Wlz.Rules.Tests.Validatie;

public sealed class DossierValidatorPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private readonly DossierValidator _validator = new();

    public enum Verstoring
    {
        BsnZonderElfproef,
        EinddatumVoorIngangsdatum,
        PercentageNul,
        MazOpOnbekendeToewijzing,
        DubbeleToewijzingId,
        DatumVoor1990,
        WachtstatusZonderClassificatie,
    }

    [Fact]
    public void Valideer_GeneratedValidDossiers_FindsNoFailure()
    {
        // Arrange
        var property = Prop.ForAll(Arb.From(DossierGenerator.GeldigeDossiers), dossier => _validator.Valideer(dossier).Count == 0);

        // Act + Assert
        Check.One(Config, property);
    }

    [Fact]
    public void Valideer_GeneratedDossierWithOneDefect_ReportsItsCodeWithoutFullBsn()
    {
        // Arrange
        var gen = DossierGenerator.GeldigeDossiers.SelectMany(
            _ => Gen.Elements(Enum.GetValues<Verstoring>()),
            (dossier, verstoring) => (Dossier: dossier, Verstoring: verstoring));
        var property = Prop.ForAll(Arb.From(gen), geval =>
        {
            var (verstoord, code) = Verstoor(geval.Dossier, geval.Verstoring);
            var fouten = _validator.Valideer(verstoord);
            var bsn = geval.Dossier.Client.Bsn!.Waarde;
            return fouten.Any(f => f.Code == code) && fouten.All(f => !f.Melding.Contains(bsn, StringComparison.Ordinal));
        });

        // Act + Assert
        Check.One(Config, property);
    }

    private static (Dossier Dossier, string Code) Verstoor(Dossier dossier, Verstoring verstoring)
    {
        var eerste = dossier.Zorgtoewijzingen[0];
        return verstoring switch
        {
            Verstoring.BsnZonderElfproef => (Met(dossier, client: dossier.Client with { Bsn = new Bsn(AndereLaatste(dossier.Client.ClientId)) }), Foutcodes.BsnOngeldig),
            Verstoring.EinddatumVoorIngangsdatum => (Met(dossier, toewijzingen: [eerste with { Einddatum = eerste.Ingangsdatum.PlusDays(-1) }, .. dossier.Zorgtoewijzingen.Skip(1)]), Foutcodes.EinddatumVoorIngangsdatum),
            Verstoring.PercentageNul => (Met(dossier, toewijzingen: [eerste with { Percentage = 0m }, .. dossier.Zorgtoewijzingen.Skip(1)]), Foutcodes.PercentageOngeldig),
            Verstoring.MazOpOnbekendeToewijzing => (Met(dossier, mazen: [.. dossier.Mazen, new Maz { ToewijzingId = "onbekend", Begindatum = eerste.Ingangsdatum }]), Foutcodes.OnbekendeToewijzing),
            Verstoring.DubbeleToewijzingId => (Met(dossier, toewijzingen: [.. dossier.Zorgtoewijzingen, eerste]), Foutcodes.DubbeleToewijzingId),
            Verstoring.DatumVoor1990 => (Met(dossier, toewijzingen: [eerste with { Toewijzingsdatum = new LocalDate(1989, 12, 31), Ontvangstdatum = null }, .. dossier.Zorgtoewijzingen.Skip(1)]), Foutcodes.DatumBuitenBereik),
            _ => (Met(dossier, mutaties: [.. dossier.Mutaties, new Mutatie { ToewijzingId = eerste.Id, Mutatiecode = Mutatiecode.AanbiederKanZorgNogNietLeveren, Mutatiedatum = eerste.Ingangsdatum, Leveringsstatus = Leveringsstatus.ActiefPlaatsen }]), Foutcodes.ClassificatieOntbreekt),
        };
    }

    private static string AndereLaatste(string bsn) => string.Concat(bsn.AsSpan(0, 8), ((bsn[8] - '0' + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Dossier Met(
        Dossier dossier,
        Client? client = null,
        IReadOnlyList<Zorgtoewijzing>? toewijzingen = null,
        IReadOnlyList<Maz>? mazen = null,
        IReadOnlyList<Mutatie>? mutaties = null) => new()
        {
            Client = client ?? dossier.Client,
            Indicaties = dossier.Indicaties,
            Zorgtoewijzingen = toewijzingen ?? dossier.Zorgtoewijzingen,
            Mazen = mazen ?? dossier.Mazen,
            Mutaties = mutaties ?? dossier.Mutaties,
            Aats = dossier.Aats,
        };
}
