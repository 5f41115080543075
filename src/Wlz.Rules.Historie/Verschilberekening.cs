using Microsoft.Data.Sqlite;
using Wlz.Rules.Signalering.Diff;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie;

/// <summary>
/// Computes the difference between two saved runs in SQL: entries are paired on list code, zorgaanbieder, pairing key
/// and occurrence number, exactly as <see cref="Rapportverschil.Bereken(Rapportbestand, Rapportbestand)"/> pairs them in memory.
/// </summary>
/// <remarks>
/// Only the differences leave the database. A pair whose field hashes differ is a candidate; <see cref="Regelwijziging.Van"/>
/// decides whether it is a change, so both diffs agree on what a change is (and a hash collision can only hide one in
/// about 2^-64 of the pairs).
/// </remarks>
internal static class Verschilberekening
{
    private const string Kolommen = "{0}.lijst, {0}.zorgaanbieder, {0}.koppelsleutel, {0}.client, {0}.onderwerp, {0}.regel, {0}.velden, {0}.uitleg, {0}.voorbeeldwaarde";

    // The number of columns of one entry in Kolommen: in a row of Huidig the previous entry's columns follow the current one's.
    private const int Breedte = 9;

    private const string Gepaard = """
        o.lijst = n.lijst AND o.zorgaanbieder IS n.zorgaanbieder AND o.koppelsleutel = n.koppelsleutel AND o.volgnummer = n.volgnummer
        """;

    // One pass over the current run, in key order, gives the new entries (no partner) and the candidates for a change
    // (a partner with other fields). It reads the index only, and looks each partner up in key order too, so both
    // runs' index pages are read once, front to back; only the rows that differ are then read in full, ordered by
    // id: the order of saving, which is the report's order of lists and entries.
    private static readonly string Huidig = $"""
        WITH paren AS MATERIALIZED (
            SELECT n.id AS nieuw, o.id AS oud
            FROM regels AS n INDEXED BY regels_sleutel
            LEFT JOIN regels AS o INDEXED BY regels_sleutel ON o.run = $vorige AND {Gepaard}
            WHERE n.run = $huidige AND (o.id IS NULL OR o.veldenhash <> n.veldenhash))
        SELECT {Kolom("n")}, {Kolom("o")}
        FROM paren JOIN regels AS n ON n.id = paren.nieuw LEFT JOIN regels AS o ON o.id = paren.oud
        ORDER BY n.id;
        """;

    // The same in the other direction gives the entries that left.
    private static readonly string Vervallen = $"""
        WITH weg AS MATERIALIZED (
            SELECT o.id AS oud
            FROM regels AS o INDEXED BY regels_sleutel
            WHERE o.run = $vorige AND NOT EXISTS (SELECT 1 FROM regels AS n INDEXED BY regels_sleutel WHERE n.run = $huidige AND {Gepaard}))
        SELECT {Kolom("o")}
        FROM weg JOIN regels AS o ON o.id = weg.oud
        ORDER BY o.id;
        """;

    /// <summary>Compares two runs whose entries can be paired (same koppeling).</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="vorige">The earlier run.</param>
    /// <param name="huidige">The later run.</param>
    /// <returns>The difference.</returns>
    internal static Rapportverschil Compare(SqliteConnection verbinding, Historierun vorige, Historierun huidige)
    {
        // One read transaction, so that a save by another process cannot fall between the queries.
        using var transactie = verbinding.BeginTransaction(deferred: true);
        var lijsten = ReadLijsten(verbinding, transactie, vorige.Id, huidige.Id);
        foreach (var (sleutel, regel, eerder) in Read(verbinding, transactie, Huidig, vorige.Id, huidige.Id, r => (Sleutel(r, 0), Regel(r, 0), Gepaarde(r))))
        {
            if (eerder is null)
            {
                lijsten[sleutel].Nieuw.Add(regel);
            }
            else if (Regelwijziging.Van(eerder, regel) is { } wijziging)
            {
                lijsten[sleutel].Gewijzigd.Add(wijziging);
            }
        }

        foreach (var (sleutel, regel) in Read(verbinding, transactie, Vervallen, vorige.Id, huidige.Id, r => (Sleutel(r, 0), Regel(r, 0))))
        {
            lijsten[sleutel].Vervallen.Add(regel);
        }

        transactie.Commit();
        var verschillen = lijsten.Select(p => new Lijstverschil(p.Key.Code, p.Value.Titel, p.Key.Zorgaanbieder, p.Value.Nieuw, p.Value.Vervallen, p.Value.Gewijzigd));
        return Rapportverschil.Van(vorige.Peildatum, huidige.Peildatum, verschillen);
    }

    private static string Kolom(string alias) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Kolommen, alias);

    /// <summary>Reads the lists of both runs; a list of the current run gives its title, else the previous one's does.</summary>
    private static Dictionary<(string Code, string? Zorgaanbieder), Lijstopbouw> ReadLijsten(SqliteConnection verbinding, SqliteTransaction transactie, long vorige, long huidige)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = "SELECT code, zorgaanbieder, titel FROM lijsten WHERE run IN ($vorige, $huidige) ORDER BY run = $huidige, positie;";
        commando.Parameters.AddWithValue("$vorige", vorige);
        commando.Parameters.AddWithValue("$huidige", huidige);
        using var lezer = commando.ExecuteReader();
        var lijsten = new Dictionary<(string, string?), Lijstopbouw>();
        while (lezer.Read())
        {
            // The current run's rows come last, so its title overwrites the previous one's.
            var sleutel = (lezer.GetString(0), lezer.IsDBNull(1) ? null : lezer.GetString(1));
            lijsten[sleutel] = new Lijstopbouw(lezer.GetString(2));
        }

        return lijsten;
    }

    private static IEnumerable<T> Read<T>(SqliteConnection verbinding, SqliteTransaction transactie, string sql, long vorige, long huidige, Func<SqliteDataReader, T> lees)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = sql;
        commando.Parameters.AddWithValue("$vorige", vorige);
        commando.Parameters.AddWithValue("$huidige", huidige);
        using var lezer = commando.ExecuteReader();
        while (lezer.Read())
        {
            yield return lees(lezer);
        }
    }

    private static (string Code, string? Zorgaanbieder) Sleutel(SqliteDataReader lezer, int kolom) =>
        (lezer.GetString(kolom), lezer.IsDBNull(kolom + 1) ? null : lezer.GetString(kolom + 1));

    /// <summary>Reads the previous run's entry of a row of <see cref="Huidig"/>, or <see langword="null"/> when it had none (its key column is <c>NOT NULL</c> in the table).</summary>
    private static RapportbestandRegel? Gepaarde(SqliteDataReader lezer) => lezer.IsDBNull(Breedte + 2) ? null : Regel(lezer, Breedte);

    private static RapportbestandRegel Regel(SqliteDataReader lezer, int kolom) => new()
    {
        Koppelsleutel = lezer.GetString(kolom + 2),
        ClientId = lezer.GetString(kolom + 3),
        Onderwerp = lezer.IsDBNull(kolom + 4) ? null : lezer.GetString(kolom + 4),
        Regel = lezer.GetString(kolom + 5),
        Velden = Veldcodering.Decode(lezer.GetString(kolom + 6)),
        Uitleg = lezer.GetString(kolom + 7),
        GebruiktVoorbeeldwaarde = lezer.GetInt64(kolom + 8) != 0,
    };

    /// <summary>The differences of one list while they are read.</summary>
    private sealed class Lijstopbouw(string titel)
    {
        public string Titel { get; } = titel;

        public List<RapportbestandRegel> Nieuw { get; } = [];

        public List<RapportbestandRegel> Vervallen { get; } = [];

        public List<Regelwijziging> Gewijzigd { get; } = [];
    }
}
