using NodaTime;
using Wlz.Rules.Model;
using Wlz.Rules.Regels.InstellingsvreemdZorgprofiel;
using Wlz.Rules.Regels.Wachtlijst;
using Wlz.Rules.Signalering;
using static Wlz.Rules.Tests.Signalering.Testsignalen;

namespace Wlz.Rules.Tests.Signalering;

public sealed class SignaalUitlegTests
{
    [Fact]
    public void Uitleg_NotSetAndNotComposed_ThrowsOnRead()
    {
        // Arrange: a signal that neither sets the text nor can compose one.
        var signaal = new TestActieSignaal { Lijst = Acties, Regel = Regel, ClientId = "C1", Einddatum = "2026-05-04" };

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() => signaal.Uitleg);

        // Assert
        Assert.Contains(nameof(TestActieSignaal), fout.Message, StringComparison.Ordinal);
        Assert.Contains("Test.Deadline", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uitleg_ComposedEmpty_ThrowsOnRead()
    {
        // Arrange
        var signaal = new TelSignaal("") { Lijst = Acties, Regel = Regel, ClientId = "C1" };

        // Act and assert
        Assert.Throws<InvalidOperationException>(() => signaal.Uitleg);
    }

    [Fact]
    public void Uitleg_NotSet_IsComposedOnFirstReadOnlyAndCached()
    {
        // Arrange
        var signaal = new TelSignaal("Samengesteld.") { Lijst = Acties, Regel = Regel, ClientId = "C1" };

        // Act
        var voorLezen = signaal.Aantal;
        var eerste = signaal.Uitleg;
        var tweede = signaal.Uitleg;

        // Assert
        Assert.Equal(0, voorLezen);
        Assert.Equal("Samengesteld.", eerste);
        Assert.Same(eerste, tweede);
        Assert.Equal(1, signaal.Aantal);
    }

    [Fact]
    public void Uitleg_Set_IsKeptAndNeverComposed()
    {
        // Arrange
        var signaal = new TelSignaal("Samengesteld.") { Lijst = Acties, Regel = Regel, ClientId = "C1", Uitleg = "Gezet." };

        // Act
        var uitleg = signaal.Uitleg;

        // Assert
        Assert.Equal("Gezet.", uitleg);
        Assert.Equal(0, signaal.Aantal);
    }

    [Fact]
    public void Uitleg_RuleSetSignalMadeWithoutText_IsComposedFromItsValues()
    {
        // Arrange: a rule set's signal made by hand, as a caller outside the rules may.
        var signaal = new WachtlijstSignaal
        {
            Lijst = WachtlijstLijsten.Wachtlijst,
            Regel = Regel,
            ClientId = "C1",
            Onderwerp = "T1",
            Leveringsstatus = Leveringsstatus.ActiefPlaatsen,
            Classificatie = null,
            Sinds = new LocalDate(2026, 3, 9),
        };

        // Act
        var uitleg = signaal.Uitleg;

        // Assert
        Assert.Equal("Laatste MUT met wachtstatus: leveringsstatus 07 (ActiefPlaatsen), classificatie -, mutatiedatum 2026-03-09; geen latere MAZ of MUT einde zorg.", uitleg);
    }

    [Fact]
    public void Uitleg_FindingWithoutTheValueItsTextNeeds_ThrowsOnRead()
    {
        // Arrange: a finding about a besluit needs the peildatum.
        var signaal = new InstellingsvreemdSignaal
        {
            Lijst = InstellingsvreemdLijsten.Instellingsvreemd,
            Regel = Regel,
            ClientId = "C1",
            Onderwerp = "T1",
            Bevinding = InstellingsvreemdBevinding.OmzettenNietVerwerkt,
            Zorgprofiel = Zorgprofielen.Geef(753),
            ToegelatenSectoren = "VG",
            Ingangsdatum = new LocalDate(2026, 1, 1),
            InProductafspraak = false,
            AantalAfgesprokenZorgprofielen = 0,
            Uitkomst = new Toetsingsuitkomst { ToewijzingId = "T1", Datum = new LocalDate(2026, 2, 1), Besluit = Toetsingsbesluit.Omzetten },
        };

        // Act
        var fout = Assert.Throws<InvalidOperationException>(() => signaal.Uitleg);

        // Assert
        Assert.Contains(nameof(InstellingsvreemdSignaal.Peildatum), fout.Message, StringComparison.Ordinal);
    }

    /// <summary>A signal that composes a fixed text and counts how often it does.</summary>
    private sealed class TelSignaal(string tekst) : Signaal
    {
        public int Aantal { get; private set; }

        public override IReadOnlyList<Signaalveld> Velden => [];

        protected override string MaakUitleg()
        {
            Aantal++;
            return tekst;
        }
    }
}
