using Microsoft.Data.Sqlite;
using Wlz.Rules.Historie.Tests.Support;
using static Wlz.Rules.Historie.Tests.Support.Testrapporten;

namespace Wlz.Rules.Historie.Tests;

public sealed class RapporthistorieSchemaTests : IDisposable
{
    private readonly TijdelijkeMap _map = new();

    public void Dispose() => _map.Dispose();

    [Fact]
    public void Open_NewFile_CreatesTablesAndRecordsTheSchemaVersion()
    {
        // Act
        using (var historie = Rapporthistorie.Open(_map.Database))
        {
            Assert.Equal(Rapporthistorie.Schemaversie, historie.UitgevoerdeMigraties);
        }

        // Assert
        Assert.True(File.Exists(_map.Database));
        Assert.Equal(Rapporthistorie.Schemaversie, Scalar<long>("PRAGMA user_version;"));
        var tabellen = Namen("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
        Assert.Equal(["instellingen", "lijsten", "regels", "runs"], tabellen);
        var indexen = Namen("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'regels' AND sql IS NOT NULL ORDER BY name;");
        Assert.Equal(["regels_sleutel"], indexen);
    }

    [Fact]
    public void Open_SecondTime_RunsNoMigrationAndKeepsTheRuns()
    {
        // Arrange
        using (var eerste = Rapporthistorie.Open(_map.Database))
        {
            eerste.Save(Rapport(VorigeWeek, Lijst("L", "11111111", Regel("k1", "******208", "T1", "2026-05-01"))));
        }

        // Act
        using var tweede = Rapporthistorie.Open(_map.Database);

        // Assert
        Assert.Equal(0, tweede.UitgevoerdeMigraties);
        var run = Assert.Single(tweede.ReadRuns());
        Assert.Equal(1, run.Regels);
        Assert.Equal(Rapporthistorie.Schemaversie, Scalar<long>("PRAGMA user_version;"));
    }

    [Fact]
    public void Open_FileOfANewerVersion_IsRefusedNamingBothVersionsAndLeftUntouched()
    {
        // Arrange
        using (Rapporthistorie.Open(_map.Database))
        {
        }

        var toekomst = Rapporthistorie.Schemaversie + 1;
        Execute($"PRAGMA user_version = {toekomst};");

        // Act
        var fout = Assert.Throws<HistorieversieException>(() => Rapporthistorie.Open(_map.Database));

        // Assert
        Assert.Equal(toekomst, fout.Databaseversie);
        Assert.Equal(Rapporthistorie.Schemaversie, fout.OndersteundeVersie);
        Assert.Contains($"schema version {toekomst}", fout.Message, StringComparison.Ordinal);
        Assert.Contains($"version {Rapporthistorie.Schemaversie} ", fout.Message, StringComparison.Ordinal);
        Assert.Equal(toekomst, Scalar<long>("PRAGMA user_version;"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsSqliteException()
    {
        // Arrange
        File.WriteAllText(_map.Database, "dit is geen database, maar een tekstbestand van ruim honderd tekens lang zodat SQLite de kop leest en weigert.");

        // Act + Assert
        Assert.Throws<SqliteException>(() => Rapporthistorie.Open(_map.Database));
    }

    private T Scalar<T>(string sql)
    {
        using var verbinding = Verbinding();
        using var commando = verbinding.CreateCommand();
        commando.CommandText = sql;
        return (T)commando.ExecuteScalar()!;
    }

    private List<string> Namen(string sql)
    {
        using var verbinding = Verbinding();
        using var commando = verbinding.CreateCommand();
        commando.CommandText = sql;
        using var lezer = commando.ExecuteReader();
        var namen = new List<string>();
        while (lezer.Read())
        {
            namen.Add(lezer.GetString(0));
        }

        return namen;
    }

    private void Execute(string sql)
    {
        using var verbinding = Verbinding();
        using var commando = verbinding.CreateCommand();
        commando.CommandText = sql;
        commando.ExecuteNonQuery();
    }

    private SqliteConnection Verbinding()
    {
        var verbinding = new SqliteConnection($"Data Source={_map.Database};Pooling=False");
        verbinding.Open();
        return verbinding;
    }
}
