using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie;

/// <summary>Writes and reads the rows of the <c>runs</c> and <c>lijsten</c> tables.</summary>
internal static class Runopslag
{
    private const string RunKolommen = "id, peildatum, regelsetversie, identificatie, koppeling, tijdstip, ingelezen, geevalueerd, afgewezen, signalen, regels";

    /// <summary>Inserts the header of a run, with no entries yet.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="transactie">The save's transaction.</param>
    /// <param name="rapport">The report.</param>
    /// <param name="tijdstip">When the run is saved.</param>
    /// <returns>The id of the new run.</returns>
    internal static long InsertRun(SqliteConnection verbinding, SqliteTransaction transactie, Rapportbestand rapport, Instant tijdstip)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = """
            INSERT INTO runs (peildatum, regelsetversie, identificatie, koppeling, tijdstip, ingelezen, geevalueerd, afgewezen, signalen, regels)
            VALUES ($peildatum, $regelsetversie, $identificatie, $koppeling, $tijdstip, $ingelezen, $geevalueerd, $afgewezen, $signalen, 0)
            RETURNING id;
            """;
        var tellers = rapport.Tellers ?? new RapportbestandTellers();
        commando.Parameters.AddWithValue("$peildatum", LocalDatePattern.Iso.Format(rapport.Peildatum));
        commando.Parameters.AddWithValue("$regelsetversie", rapport.Regelsetversie ?? string.Empty);
        commando.Parameters.AddWithValue("$identificatie", rapport.Identificatie.ToString());
        commando.Parameters.AddWithValue("$koppeling", rapport.Koppeling ?? string.Empty);
        commando.Parameters.AddWithValue("$tijdstip", InstantPattern.ExtendedIso.Format(tijdstip));
        commando.Parameters.AddWithValue("$ingelezen", tellers.Ingelezen);
        commando.Parameters.AddWithValue("$geevalueerd", tellers.Geevalueerd);
        commando.Parameters.AddWithValue("$afgewezen", tellers.Afgewezen);
        commando.Parameters.AddWithValue("$signalen", tellers.Signalen);
        return (long)commando.ExecuteScalar()!;
    }

    /// <summary>Inserts the header of one list of a run.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="transactie">The save's transaction.</param>
    /// <param name="run">The run.</param>
    /// <param name="positie">The position of the list in the report.</param>
    /// <param name="lijst">The list.</param>
    /// <param name="regels">The number of entries saved for it.</param>
    internal static void InsertLijst(SqliteConnection verbinding, SqliteTransaction transactie, long run, int positie, RapportbestandLijst lijst, long regels)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = """
            INSERT INTO lijsten (run, positie, code, zorgaanbieder, titel, cadans, gevraagde_actie, regels)
            VALUES ($run, $positie, $code, $zorgaanbieder, $titel, $cadans, $gevraagdeActie, $regels);
            """;
        commando.Parameters.AddWithValue("$run", run);
        commando.Parameters.AddWithValue("$positie", positie);
        commando.Parameters.AddWithValue("$code", lijst.Code);
        commando.Parameters.AddWithValue("$zorgaanbieder", (object?)lijst.Zorgaanbieder ?? DBNull.Value);
        commando.Parameters.AddWithValue("$titel", lijst.Titel ?? string.Empty);
        commando.Parameters.AddWithValue("$cadans", lijst.Cadans.ToString());
        commando.Parameters.AddWithValue("$gevraagdeActie", lijst.GevraagdeActie ?? string.Empty);
        commando.Parameters.AddWithValue("$regels", regels);
        commando.ExecuteNonQuery();
    }

    /// <summary>Records the number of entries of a run once they are all saved.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="transactie">The save's transaction.</param>
    /// <param name="run">The run.</param>
    /// <param name="regels">The number of entries.</param>
    internal static void UpdateRegels(SqliteConnection verbinding, SqliteTransaction transactie, long run, long regels)
    {
        using var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = "UPDATE runs SET regels = $regels WHERE id = $run;";
        commando.Parameters.AddWithValue("$run", run);
        commando.Parameters.AddWithValue("$regels", regels);
        commando.ExecuteNonQuery();
    }

    /// <summary>Reads one run.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="run">The id.</param>
    /// <returns>The run, or <see langword="null"/> when there is none with that id.</returns>
    internal static Historierun? ReadRun(SqliteConnection verbinding, long run)
    {
        using var commando = verbinding.CreateCommand();
        commando.CommandText = $"SELECT {RunKolommen} FROM runs WHERE id = $run;";
        commando.Parameters.AddWithValue("$run", run);
        using var lezer = commando.ExecuteReader();
        return lezer.Read() ? Run(lezer) : null;
    }

    /// <summary>Reads the ids of the last runs saved, newest first.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <param name="aantal">How many.</param>
    /// <returns>The ids.</returns>
    internal static List<long> ReadLaatsteRuns(SqliteConnection verbinding, int aantal)
    {
        using var commando = verbinding.CreateCommand();
        commando.CommandText = "SELECT id FROM runs ORDER BY id DESC LIMIT $aantal;";
        commando.Parameters.AddWithValue("$aantal", aantal);
        using var lezer = commando.ExecuteReader();
        var ids = new List<long>();
        while (lezer.Read())
        {
            ids.Add(lezer.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Reads every run, in the order saved.</summary>
    /// <param name="verbinding">The open connection.</param>
    /// <returns>The runs.</returns>
    internal static Historierun[] ReadRuns(SqliteConnection verbinding)
    {
        using var commando = verbinding.CreateCommand();
        commando.CommandText = $"SELECT {RunKolommen} FROM runs ORDER BY id;";
        using var lezer = commando.ExecuteReader();
        var runs = new List<Historierun>();
        while (lezer.Read())
        {
            runs.Add(Run(lezer));
        }

        return [.. runs];
    }

    private static Historierun Run(SqliteDataReader lezer) => new(
        id: lezer.GetInt64(0),
        peildatum: LocalDatePattern.Iso.Parse(lezer.GetString(1)).GetValueOrThrow(),
        regelsetversie: lezer.GetString(2),
        identificatie: Enum.Parse<Identificatiesoort>(lezer.GetString(3)),
        koppeling: lezer.GetString(4),
        tijdstip: InstantPattern.ExtendedIso.Parse(lezer.GetString(5)).GetValueOrThrow(),
        tellers: new RapportbestandTellers
        {
            Ingelezen = lezer.GetInt64(6),
            Geevalueerd = lezer.GetInt64(7),
            Afgewezen = lezer.GetInt64(8),
            Signalen = lezer.GetInt64(9),
        },
        regels: lezer.GetInt64(10));
}
