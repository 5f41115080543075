using FsCheck;
using FsCheck.Fluent;
using Wlz.Rules.Signalering;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class RapportverschilPropertyTests
{
    /// <summary>A small population of entries: cliënt 0–14 at zorgaanbieder 1–3 with one of three deadlines.</summary>
    private static Arbitrary<(int Client, int Agb, int Dag)[]> Regels { get; } =
        Gen.Choose(0, 14).SelectMany(c => Gen.Choose(1, 3).SelectMany(a => Gen.Choose(1, 3).Select(d => (c, a, d))))
            .ArrayOf()
            .Select(r => r.DistinctBy(x => (x.c, x.a)).ToArray())
            .ToArbitrary();

    [Fact]
    public void Bereken_AnyTwoReports_NewMinusLeftEqualsGrowthAndApplyingTheDiffGivesTheCurrentKeys()
    {
        // Arrange
        var property = Prop.ForAll(Regels, Regels, (vorige, huidige) =>
        {
            var oud = Bestand(vorige);
            var nieuw = Bestand(huidige);

            // Act
            var verschil = Rapportverschil.Bereken(oud, nieuw);

            // Assert: previous keys - left + new = current keys; changed entries keep their key and differ in Deadline.
            var sleutels = Sleutels(oud).Except(verschil.Lijsten.SelectMany(l => l.Vervallen).Select(r => r.Koppelsleutel))
                .Concat(verschil.Lijsten.SelectMany(l => l.Nieuw).Select(r => r.Koppelsleutel))
                .Order(StringComparer.Ordinal);
            var gewijzigd = verschil.Lijsten.SelectMany(l => l.Gewijzigd).ToArray();
            return sleutels.SequenceEqual(Sleutels(nieuw).Order(StringComparer.Ordinal))
                && gewijzigd.All(w => w.Vorige.Koppelsleutel == w.Huidige.Koppelsleutel && w.Velden.Single().Naam == "Deadline")
                && gewijzigd.Length == vorige.Count(v => huidige.Any(h => (h.Client, h.Agb) == (v.Client, v.Agb) && h.Dag != v.Dag));
        });

        property.QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bereken_AnyReportWithItself_IsEmpty()
    {
        // Arrange
        var property = Prop.ForAll(Regels, regels =>
        {
            var bestand = Bestand(regels);

            // Act + Assert
            return Rapportverschil.Bereken(bestand, bestand).IsLeeg;
        });

        property.QuickCheckThrowOnFailure();
    }

    private static IEnumerable<string> Sleutels(Rapportbestand bestand) => bestand.Lijsten.SelectMany(l => l.Regels).Select(r => r.Koppelsleutel);

    private static Rapportbestand Bestand((int Client, int Agb, int Dag)[] regels)
    {
        var signalen = regels.Select(r => (Signaal)Deadline($"C{r.Client}", "T1", $"{r.Agb}{r.Agb}{r.Agb}{r.Agb}{r.Agb}{r.Agb}{r.Agb}{r.Agb}", $"2026-05-0{r.Dag}")).ToArray();
        return Rapportbestand.Van(Rapport(Peildatum, signalen), Gemaskeerd);
    }
}
