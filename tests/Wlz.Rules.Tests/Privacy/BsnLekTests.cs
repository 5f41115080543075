using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Model;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using Wlz.Rules.Testing;

namespace Wlz.Rules.Tests.Privacy;

/// <summary>
/// Issue 17: "A BSN never appears in full in anything that can reach a log, console, exception, ToString(), Uitleg,
/// validation or read-error message — including ids derived from the BSN."
/// </summary>
public sealed class BsnLekTests
{
    private static readonly LocalDate Peildatum = new(2026, 5, 4);
    private static readonly byte[] Geheim = Encoding.UTF8.GetBytes("bsn-lek-tests-geheim");

    [Fact]
    public void EveryOutputPath_GeneratedPopulations_NeverHoldsAFullBsn_Property()
    {
        // Property: for any generated population (valid elfproef BSNs, default toewijzing ids, a user id holding the BSN
        // and a rejected dossier), no text that leaves the library in a masked or pseudonymous output holds a BSN.
        var seeds = Gen.Choose(0, 100_000).ToArbitrary();
        Prop.ForAll(seeds, seed =>
        {
            var generator = new Populatiegenerator(60, 3, seed, Peildatum);
            var dossiers = generator.Dossiers().Concat(Extra(seed)).ToArray();
            var bsns = dossiers.Select(d => d.Client.ClientId).ToHashSet(StringComparer.Ordinal);
            var teksten = Uitvoer(new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register }), dossiers).ToArray();
            var lek = teksten.SelectMany(t => bsns.Where(b => t.Contains(b, StringComparison.Ordinal)).Select(b => Omgeving(t, b))).FirstOrDefault();
            return (lek is null && teksten.Length > 100).Label($"BSN found in output: {lek}; {teksten.Length} texts");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10));
    }

    [Fact]
    public void BsnExport_SamePopulation_HoldsTheBsnsTheMaskedExportHides()
    {
        // Arrange: the explicit choice of a BSN export is the only way a full BSN reaches a file.
        var generator = new Populatiegenerator(200, 4, 5, Peildatum);
        var engine = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = generator.Register });
        var rapport = engine.EvaluateAll(generator.Dossiers(), Peildatum);

        // Act
        var metBsn = RapportJson.Schrijf(rapport, Identificatie.Bsn(Geheim));
        var gemaskeerd = RapportJson.Schrijf(rapport, Identificatie.Gemaskeerd(Geheim));
        var pseudoniem = RapportJson.Schrijf(rapport, Identificatie.Pseudoniem(Geheim));

        // Assert
        var geexporteerd = RapportJson.Lees(metBsn).Lijsten.SelectMany(l => l.Regels).Select(r => r.ClientId).Distinct().ToArray();
        Assert.True(geexporteerd.Length > 50);
        Assert.All(geexporteerd, bsn => Assert.True(Bsn.VoldoetAanElfproef(bsn)));
        Assert.All(geexporteerd, bsn => Assert.DoesNotContain(bsn, gemaskeerd, StringComparison.Ordinal));
        Assert.All(geexporteerd, bsn => Assert.DoesNotContain(bsn, pseudoniem, StringComparison.Ordinal));
    }

    [Fact]
    public void Pseudoniem_SameSecret_StableAcrossRuns_OtherSecret_Differs()
    {
        // Arrange
        Clientsleutel client = "123456782";

        // Act
        var eerste = Identificatie.Pseudoniem(Geheim).Client(client);
        var tweede = Identificatie.Pseudoniem(Geheim).Client(client);
        var ander = Identificatie.Pseudoniem(Encoding.UTF8.GetBytes("een-ander-geheim-van-16")).Client(client);

        // Assert
        Assert.Equal(eerste, tweede);
        Assert.NotEqual(eerste, ander);
        Assert.StartsWith(Identificatie.PseudoniemVoorvoegsel, eerste, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", eerste, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudoniem_IsTheHmacSha256OfTheKey_OnAnyThreadAndWithSecretsInTurn_Property()
    {
        // Property: the reused per-thread HMAC gives what the one-shot HMAC-SHA256 gives, whichever secret came before.
        var gevallen = Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Where(g => g.Length >= 16), Gen.Choose(1, Testnummers.MaxBsnVolgnummer)).ToArbitrary();
        Prop.ForAll(gevallen, geval =>
        {
            var (geheim, volgnummer) = geval;
            var bsn = Testnummers.Bsn(volgnummer).Waarde;
            var verwacht = Identificatie.PseudoniemVoorvoegsel + Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(geheim, Encoding.UTF8.GetBytes("client:" + bsn))[..10]);
            var opDezeThread = Identificatie.Pseudoniem(geheim).Client(bsn);
            var opEenAndere = Task.Run(() => Identificatie.Pseudoniem(geheim).Client(bsn)).Result;
            return opDezeThread == verwacht && opEenAndere == verwacht;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Identificatie_ShortSecret_IsRefused()
    {
        // Act
        var fout = Assert.Throws<ArgumentException>(() => Identificatie.Pseudoniem("kort"u8));

        // Assert
        Assert.Contains("16 bytes", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clientsleutel_Interpolated_PrintsMasked()
    {
        // Arrange
        Clientsleutel client = "123456782";

        // Act
        var tekst = $"cliënt {client}";

        // Assert
        Assert.Equal("cliënt ******782", tekst);
        Assert.Equal("123456782", client.Waarde);
    }

    [Fact]
    public void BerekenSleutel_LeavesTheBsnOut()
    {
        // Act
        var id = Zorgtoewijzing.BerekenSleutel("2024000123", Zorgprofielen.Geef(753), AgbCode.Parse("12345678"), new LocalDate(2024, 1, 1));

        // Assert
        Assert.Equal("2024000123|753|12345678|2024-01-01", id);
    }

    /// <summary>The text around the BSN found, with the BSN itself replaced, so the failure message does not repeat it.</summary>
    private static string Omgeving(string tekst, string bsn)
    {
        var plek = tekst.IndexOf(bsn, StringComparison.Ordinal);
        var begin = Math.Max(0, plek - 80);
        return tekst.Substring(begin, Math.Min(tekst.Length - begin, 200)).Replace(bsn, "<BSN>", StringComparison.Ordinal);
    }

    /// <summary>Dossiers that put the BSN where a user might: in a toewijzing id, and in a rejected dossier.</summary>
    private static IEnumerable<Dossier> Extra(int seed)
    {
        var bsn = Testnummers.Bsn(seed % Testnummers.MaxBsnVolgnummer + 1).Waarde;
        yield return Dossiers.ADossier(Peildatum).MetBsn(bsn).MetToewijzing(t => t.Id(bsn + "|eigen-id")).MetMaz().Build();
        var afgewezen = Testnummers.Bsn((seed + 7) % Testnummers.MaxBsnVolgnummer + 1).Waarde;
        yield return Dossiers.ADossier(Peildatum).MetBsn(afgewezen).MetToewijzing(t => t.Id(afgewezen + "|x").Ingang(2026, 1, 1).Einde(2025, 1, 1)).Build();
    }

    /// <summary>Every text a user of the library sees from an evaluation, without asking for BSNs.</summary>
    private static IEnumerable<string> Uitvoer(WlzRuleEngine engine, IReadOnlyList<Dossier> dossiers)
    {
        var resultaten = engine.EvaluateStream(dossiers, Peildatum).ToArray();
        foreach (var resultaat in resultaten)
        {
            yield return resultaat.DossierSleutel;
            if (resultaat.Afwijzing is { } afwijzing)
            {
                yield return afwijzing.ToString();
            }

            foreach (var signaal in resultaat.Signalen)
            {
                yield return signaal.ToString();
                yield return signaal.Uitleg;
                yield return $"{signaal.ClientId}";
                foreach (var veld in signaal.Velden)
                {
                    yield return veld.ToString();
                }
            }
        }

        foreach (var dossier in dossiers)
        {
            yield return dossier.ToString() ?? string.Empty;
            foreach (var feit in dossier.Feiten())
            {
                yield return feit.ToString() ?? string.Empty;
            }
        }

        var rapport = engine.EvaluateAll(dossiers, Peildatum);
        foreach (var identificatie in new[] { Identificatie.Gemaskeerd(Geheim), Identificatie.Pseudoniem(Geheim) })
        {
            var bestand = Rapportbestand.Van(rapport, identificatie);
            yield return RapportJson.Schrijf(bestand);
            foreach (var lijst in bestand.Lijsten)
            {
                yield return LijstCsv.Schrijf(lijst);
            }

            using var opbouw = new Rapportopbouw(Peildatum, identificatie);
            foreach (var resultaat in resultaten)
            {
                opbouw.Voegtoe(resultaat);
            }

            yield return RapportJson.Schrijf(opbouw.Rapport());
            yield return Rapportverschil.Bereken(rapport, engine.EvaluateAll(dossiers.Skip(5), Peildatum.PlusWeeks(1))).AlsTekst();
        }

        var strikt = new WlzRuleEngine(new WlzRulesOptions { Zorgaanbieders = engine.Options.Zorgaanbieders, Validatiemodus = Validatiemodus.Strikt });
        var fout = Assert.Throws<DossierValidatieException>(() => strikt.EvaluateAll(dossiers, Peildatum));
        yield return fout.Message;
    }
}
