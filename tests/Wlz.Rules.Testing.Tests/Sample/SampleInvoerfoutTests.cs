using NodaTime.Text;
using Wlz.Rules.Evaluatie;
using Wlz.Rules.Sample;
using Wlz.Rules.Serialisatie;

namespace Wlz.Rules.Testing.Tests.Sample;

/// <summary>Every user mistake ends with exit code 2 and one line <c>fout: …</c>; exit code 1 is for the sample's own faults.</summary>
public sealed class SampleInvoerfoutTests : IDisposable
{
    private static readonly string LaatstePeildatum = LocalDatePattern.Iso.Format(WlzRuleEngine.GetPeildatumbereik(new WlzRulesOptions()).End);
    private readonly string _map = Path.Combine(Path.GetTempPath(), $"wlz-sample-invoer-{Guid.NewGuid():N}");

    public SampleInvoerfoutTests() => Directory.CreateDirectory(_map);

    public void Dispose() => Directory.Delete(_map, recursive: true);

    [Theory]
    [InlineData("2200-12-31")]
    [InlineData("9999-12-31")]
    [InlineData("1989-12-31")]
    [InlineData("-9998-01-01")]
    public void Run_PeildatumOutsideTheSupportedRange_ExitCode2WithOneLine(string peildatum)
    {
        // Act
        var (code, uit, fout) = Voer("--peildatum", peildatum, "--clienten", "5");

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, uit);
        Assert.Equal($"fout: --peildatum: '{peildatum}' ligt buiten het ondersteunde bereik 1990-01-01 tot en met {LaatstePeildatum}.\n", fout);
    }

    [Fact]
    public void Run_LastSupportedPeildatumWithInput_ExitCode0()
    {
        // Arrange
        var pad = Schrijf("dossiers.json", WlzJson.SchrijfDossiers([Dossiers.ADossier().Build()]));

        // Act
        var (code, uit, fout) = Voer("--peildatum", LaatstePeildatum, "--input", pad);

        // Assert
        Assert.Equal((0, string.Empty), (code, fout));
        Assert.Contains("Telling: 1 ingelezen = 1 geëvalueerd + 0 afgewezen", uit, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PeildatumTheGeneratorDoesNotCover_ExitCode2WithOneLine()
    {
        // Act: the library supports the date, the sample's population generator does not.
        var (code, uit, fout) = Voer("--peildatum", LaatstePeildatum, "--clienten", "5");

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.StartsWith("fout: --peildatum: ", fout, StringComparison.Ordinal);
        Assert.Single(fout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Run_InputWithNullDossier_ExitCode2NamingPathAndLine()
    {
        // Arrange
        var pad = Schrijf("null.json", "[\n" + WlzJson.SchrijfDossiers([Dossiers.ADossier().Build()])[1..^1] + ",\n  null\n]");

        // Act
        var (code, uit, fout) = Voer("--input", pad);

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.Equal($"fout: {pad}: Invalid Wlz JSON at line 3, position 3, path $[1]: Dossier 1 of the array is null.\n", fout);
    }

    [Theory]
    [InlineData("null", "Invalid Wlz JSON at line 1, position 1, path $: The JSON holds null instead of an array of dossiers.")]
    [InlineData("", "Invalid Wlz JSON at line 1, position 1, path $: ")]
    [InlineData("{}", "Invalid Wlz JSON at line 1, position 1, path $: Expected an array of dossiers, found StartObject.")]
    [InlineData("[{\"client\":{\"clientId\":\"x\",\"geboortedatum\":\"338064904\"}}]", "path $[0].client.geboortedatum: The value '******904' is not an ISO date (yyyy-MM-dd).")]
    public void Run_MalformedInputFile_ExitCode2WithOneLine(string inhoud, string verwacht)
    {
        // Arrange
        var pad = Schrijf("dossiers.json", inhoud);

        // Act
        var (code, uit, fout) = Voer("--input", pad);

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.StartsWith($"fout: {pad}: ", fout, StringComparison.Ordinal);
        Assert.Contains(verwacht, fout, StringComparison.Ordinal);
        Assert.Single(fout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Run_InputIsADirectory_ExitCode2()
    {
        // Act
        var (code, uit, fout) = Voer("--input", _map);

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.StartsWith($"fout: {_map}: ", fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[null]", "Zorgaanbieder 0 of the array is null.")]
    [InlineData("[{\"agbCode\":\"12345678\",\"naam\":\"A\"},{\"agbCode\":\"12345678\",\"naam\":\"B\"}]", "The AGB code 12345678 occurs more than once.")]
    [InlineData("null", "The JSON holds null instead of an array of zorgaanbieders.")]
    public void Run_MalformedZorgaanbiedersFile_ExitCode2WithOneLine(string inhoud, string verwacht)
    {
        // Arrange
        var dossiers = Schrijf("dossiers.json", WlzJson.SchrijfDossiers([Dossiers.ADossier().Build()]));
        var pad = Schrijf("zorgaanbieders.json", inhoud);

        // Act
        var (code, uit, fout) = Voer("--input", dossiers, "--zorgaanbieders", pad);

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.StartsWith($"fout: {pad}: ", fout, StringComparison.Ordinal);
        Assert.EndsWith(verwacht + "\n", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedVorigeReport_ExitCode2()
    {
        // Arrange
        var pad = Schrijf("vorige.json", "{\"peildatum\":");

        // Act
        var (code, uit, fout) = Voer("--clienten", "5", "--vorige", pad);

        // Assert
        Assert.Equal((2, string.Empty), (code, uit));
        Assert.StartsWith($"fout: {pad}: ", fout, StringComparison.Ordinal);
        Assert.Contains("byte", fout, StringComparison.Ordinal);
    }

    private string Schrijf(string naam, string inhoud)
    {
        var pad = Path.Combine(_map, naam);
        File.WriteAllText(pad, inhoud);
        return pad;
    }

    private static (int Code, string Uit, string Fout) Voer(params string[] args)
    {
        var uit = new StringWriter { NewLine = "\n" };
        var fout = new StringWriter { NewLine = "\n" };
        var code = SampleApp.Run(args, uit, fout);
        return (code, uit.ToString(), fout.ToString());
    }
}
