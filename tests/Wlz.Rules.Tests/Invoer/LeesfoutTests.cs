using System.Text;
using Wlz.Rules.Model;
using Wlz.Rules.Serialisatie;
using Wlz.Rules.Tests.Validatie;

namespace Wlz.Rules.Tests.Invoer;

public sealed class LeesfoutTests
{
    private static readonly string Element = WlzJson.SchrijfDossiers([TestDossiers.Geldig()])[1..^1];

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_NullElement_ThrowsNamingPathAndLine(string lezer)
    {
        // Arrange: the null is the second element, on line 3, after two spaces.
        var json = "[\n" + Element + ",\n  null\n]";

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, json));

        // Assert
        Assert.Equal("$[1]", fout.Path);
        Assert.Equal(3, fout.LineNumber);
        Assert.Equal("Invalid Wlz JSON at line 3, position 3, path $[1]: Dossier 1 of the array is null.", fout.Message);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_DocumentIsNull_Throws(string lezer)
    {
        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, " null "));

        // Assert
        Assert.Equal("$", fout.Path);
        Assert.Equal("Invalid Wlz JSON at line 1, position 2, path $: The JSON holds null instead of an array of dossiers.", fout.Message);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_DocumentIsAnObject_ThrowsExpectingAnArray(string lezer)
    {
        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, "{\"client\":{}}"));

        // Assert
        Assert.Equal("Invalid Wlz JSON at line 1, position 1, path $: Expected an array of dossiers, found StartObject.", fout.Message);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_EmptyDocument_Throws(string lezer)
    {
        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, "  "));

        // Assert
        Assert.StartsWith("Invalid Wlz JSON at line 1", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_TextAfterTheArray_Throws(string lezer)
    {
        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, "[]\n x"));

        // Assert
        Assert.StartsWith("Invalid Wlz JSON at line 2, position 2", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_EmptyArray_ReadsNothing(string lezer)
    {
        // Act
        var gelezen = await Invoerbestanden.Lees(lezer, " [ ] \n");

        // Assert
        Assert.Empty(gelezen);
    }

    [Theory]
    [MemberData(nameof(Invoerbestanden.Lezers), MemberType = typeof(Invoerbestanden))]
    public async Task Lees_BadElementDeepInTheArray_NamesItsAbsolutePathAndLine(string lezer)
    {
        // Arrange: 2,000 dossiers, one per line from line 2; element 1500 has a bad date (more than one read buffer in).
        var json = Invoerbestanden.Array(Invoerbestanden.Populatie(2_000), kapot: 1_500);

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(() => Invoerbestanden.Lees(lezer, json));

        // Assert
        Assert.Equal("$[1500].client.geboortedatum", fout.Path);
        Assert.Equal(1_502, fout.LineNumber);
        Assert.StartsWith("Invalid Wlz JSON at line 1502, position ", fout.Message, StringComparison.Ordinal);
        Assert.EndsWith(", path $[1500].client.geboortedatum: The value 'gisteren' is not an ISO date (yyyy-MM-dd).", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeesDossiersAsync_BadElement1500_YieldsThe1500DossiersBeforeIt()
    {
        // Arrange
        var populatie = Invoerbestanden.Populatie(2_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Invoerbestanden.Array(populatie, kapot: 1_500)));
        var gelezen = new List<Dossier>();

        // Act
        var fout = await Assert.ThrowsAsync<WlzJsonException>(async () =>
        {
            await foreach (var dossier in WlzJson.LeesDossiersAsync(stream))
            {
                gelezen.Add(dossier);
            }
        });

        // Assert
        Assert.Equal(populatie.Take(1_500).Select(d => d.Client), gelezen.Select(d => d.Client));
        Assert.Equal("$[1500].client.geboortedatum", fout.Path);
    }

    [Fact]
    public async Task Lees_OneByteReads_GiveTheSameDossiersAndErrorPositions()
    {
        // Arrange
        var populatie = Invoerbestanden.Populatie(30);
        var goed = Encoding.UTF8.GetBytes(Invoerbestanden.Array(populatie));
        var kapot = Encoding.UTF8.GetBytes(Invoerbestanden.Array(populatie, kapot: 20));
        var verwacht = WlzJson.LeesDossiers(Encoding.UTF8.GetString(goed)).Select(d => d.Client).ToArray();

        // Act
        var synchroon = WlzJson.LeesDossiers(new DruppelStream(goed));
        var asynchroon = new List<Dossier>();
        await foreach (var dossier in WlzJson.LeesDossiersAsync(new DruppelStream(goed)))
        {
            asynchroon.Add(dossier);
        }

        var fout = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(new DruppelStream(kapot)));
        var referentie = Assert.Throws<WlzJsonException>(() => WlzJson.LeesDossiers(Encoding.UTF8.GetString(kapot)));

        // Assert
        Assert.Equal(verwacht, synchroon.Select(d => d.Client));
        Assert.Equal(verwacht, asynchroon.Select(d => d.Client));
        Assert.Equal(referentie.Message, fout.Message);
        Assert.Equal("$[20].client.geboortedatum", fout.Path);
    }

    [Fact]
    public void LeesDossiers_StreamWithByteOrderMark_IsRead()
    {
        // Arrange
        var json = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("[" + Element + "]")).ToArray();

        // Act
        var gelezen = WlzJson.LeesDossiers(new MemoryStream(json));

        // Assert
        Assert.Equal(TestDossiers.Geldig().Client, Assert.Single(gelezen).Client);
    }
}
